#!/usr/bin/env python3
"""Drives Loop AI's voice page and operator dashboard in a real headless Chromium.

Run by the Swift test BrowserTests against a stack it started (and by scripts/screenshots):
  pages_test.py --base http://127.0.0.1:PORT --token ADMIN_TOKEN --screenshots DIR
Prints one line per check; exits non-zero on the first failure, with the page's state.
"""
import argparse
import os
import tempfile
import time

from selenium.webdriver.common.by import By

from browser_checks import ask, browser, check, wait
from access_checks import console_accessibility, login_focus
from member_checks import follow_up_keeps_the_list, hindi_page, marathi_and_kannada_pages
from console_checks import call_page, call_page_on_a_phone, callback_queue, critical_and_stale, playback, refreshes_in_place, supervisor_figures


def transcript(driver):
    return driver.find_element(By.ID, "transcript").text


def voice_page(driver, base, shots):
    driver.get(base + "/")
    wait(driver, lambda d: "Hello! I am Loop AI" in transcript(d), "the greeting is shown on opening the page")
    check(driver.find_element(By.CSS_SELECTOR, "label[for=question]") is not None, "the question box has a label")
    icon = driver.execute_script("return fetch('/favicon.ico').then(r => r.status + ' ' + r.headers.get('Content-Type'))")
    check(icon == "200 image/svg+xml" and driver.find_elements(By.CSS_SELECTOR, "link[rel=icon]"), "the page has an icon, and /favicon.ico answers", driver)
    ask(driver, "Tell me 3 hospitals around Bangalore")
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#cards .card")) == 3, "three hospital cards appear")
    check("Bengaluru" in transcript(driver), "the answer names Bengaluru", driver)
    first_cards = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#cards .card h3")]
    card = driver.find_element(By.CSS_SELECTOR, "#cards .card")
    check(card.find_element(By.CSS_SELECTOR, "button.copy").text == "Copy address", "each card has a copy-address button", driver)
    link = card.find_element(By.CSS_SELECTOR, "a").get_attribute("href")
    check(link.startswith("https://www.google.com/maps/search/"), "each card links to a map search", driver)
    if shots:
        driver.save_screenshot(os.path.join(shots, "voice-page.png"))
    ask(driver, "more")
    wait(driver, lambda d: "The next" in transcript(d), "a follow-up continues the same conversation")
    wait(driver, lambda d: [e.text for e in d.find_elements(By.CSS_SELECTOR, "#cards .card h3")] != first_cards, "the cards show the next hospitals")
    ask(driver, "how big is your network")
    wait(driver, lambda d: "2179" in transcript(d) or "hospitals in" in transcript(d), "a question without hospitals in its answer is answered")
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#cards .card")) == 0, "an answer with no hospitals clears the cards")
    ask(driver, '<img src=x onerror="window.__xss=1"> hospitals in Pune')
    wait(driver, lambda d: "<img src=x" in transcript(d), "markup typed by a user is shown as text")
    time.sleep(0.5)
    check(driver.execute_script("return window.__xss === undefined"), "markup typed by a user never runs", driver)
    driver.find_element(By.ID, "new").click()
    wait(driver, lambda d: transcript(d).count("Hello! I am Loop AI") == 1 and "The next" not in transcript(d), "New conversation starts afresh with the greeting")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#cards .card")) == 0, "New conversation clears the cards", driver)
    driver.set_window_size(390, 844)
    time.sleep(0.3)
    check(driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"), "the page fits a phone's width", driver)
    check(driver.execute_script("return document.getElementById('question').getBoundingClientRect().width >= window.innerWidth * 0.85"),
          "the question box takes the phone's whole width", driver)
    ask(driver, "Tell me 3 hospitals in Pune")
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#cards .card")) >= 1, "a list shows its hospitals on a phone screen")
    check(driver.execute_script("return document.querySelector('#cards .card').getBoundingClientRect().top < window.innerHeight"),
          "the first card is on screen without scrolling past the controls", driver)
    small = driver.execute_script(
        "return [...document.querySelectorAll('main button, main select, #question')].filter(e => e.offsetParent && e.getBoundingClientRect().height < 44)"
        ".map(e => e.id || e.textContent)")
    check(not small, "every control is at least 44 pixels tall for a thumb " + str(small), driver)
    if shots:
        driver.save_screenshot(os.path.join(shots, "voice-page-phone.png"))
    driver.set_window_size(1280, 1000)
    follow_up_keeps_the_list(driver)
    hindi_page(driver, base, shots)
    marathi_and_kannada_pages(driver, base, shots)


def finding_a_call(driver):
    """Item 5: the whole number in another form finds the call, a column sorts, the URL keeps it all."""
    caller = driver.find_element(By.NAME, "caller")
    caller.send_keys("098765 45678")
    driver.find_element(By.CSS_SELECTOR, "#call-filters button[type=submit]").click()
    wait(driver, lambda d: "caller=098765" in d.current_url and len(d.find_elements(By.CSS_SELECTOR, "#calls tr a")) >= 1,
         "the member's whole number, written with a 0 and a space, finds their calls, and is kept in the URL")
    headers = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#calls-table th")]
    check(headers[:3] == ["Ended ▼", "Caller", "Outcome"] or headers[0].startswith("Ended"), "the list is a table with columns " + str(headers), driver)
    driver.find_element(By.CSS_SELECTOR, "#calls-table th[data-sort=turns] button").click()
    wait(driver, lambda d: "sort=-turns" in d.current_url and d.find_element(By.CSS_SELECTOR, "#calls-table th[data-sort=turns]").get_attribute("aria-sort") == "descending",
         "a column's button sorts by it, most first, said to screen readers, and the sort is in the URL")
    caller.clear()
    driver.find_element(By.CSS_SELECTOR, "#calls-table th[data-sort=ended] button").click()
    wait(driver, lambda d: "sort=-ended" in d.current_url, "sorted back to the newest first")


def dashboard(driver, base, token, shots, redis_pid=0, brain_pid=0):
    driver.get(base + "/admin")
    wait(driver, lambda d: d.current_url.endswith("/admin/login"), "the dashboard sends a visitor without a session to the login form")
    login_focus(driver)
    driver.find_element(By.ID, "token").send_keys("not-the-admin-token")
    driver.find_element(By.ID, "login").click()
    wait(driver, lambda d: "not right" in d.find_element(By.TAG_NAME, "body").text, "a wrong token is refused")
    driver.find_element(By.ID, "token").send_keys(token)
    driver.find_element(By.ID, "login").click()
    wait(driver, lambda d: d.current_url.split("?")[0].endswith("/admin") and "Loop AI operations" in d.find_element(By.TAG_NAME, "h1").text, "the right token opens the dashboard")
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#week-chart svg rect.bar")) >= 1, "the week's outcomes chart is drawn from real calls")
    wait(driver, lambda d: "Zyxwv Galactic" in d.find_element(By.ID, "notfound-chart").text, "the chart of names not in the list shows the one a caller asked for")
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#turns-chart svg rect.bar")) == 30, "turns per minute are drawn")
    supervisor_figures(driver)
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#brains tr")) >= 1, "live brains are listed")
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#calls tr a")) >= 1, "the call list shows calls, each a link to its own page")
    refreshes_in_place(driver)
    playback(driver)
    if redis_pid and brain_pid:
        critical_and_stale(driver, redis_pid, brain_pid)
    console_accessibility(driver)
    offered = driver.execute_script("return [...document.querySelectorAll('#call-filters select[name=language] option')].map(o => o.value + '=' + o.textContent)")
    check(offered == ["=any", "en=English", "hi=Hindi", "mr=Marathi", "kn=Kannada"], "the language filter offers every language the registry has: " + str(offered), driver)
    check(driver.execute_script("return languages.mr === 'Marathi' && languages.kn === 'Kannada'"), "the console names every language from the registry", driver)
    driver.find_element(By.NAME, "language").send_keys("Hindi")
    driver.find_element(By.CSS_SELECTOR, "#call-filters button[type=submit]").click()
    wait(driver, lambda d: "No calls match." in d.find_element(By.ID, "calls").text and "language=hi" in d.current_url, "a filter narrows the list and is kept in the page's URL")
    check("language=hi" in driver.find_element(By.ID, "csv-export").get_attribute("href"), "the CSV export takes the same filters", driver)
    driver.find_element(By.NAME, "language").send_keys("any")
    driver.find_element(By.CSS_SELECTOR, "#call-filters button[type=submit]").click()
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#calls tr a")) >= 1, "clearing the filter shows the calls again")
    finding_a_call(driver)
    driver.find_element(By.CSS_SELECTOR, "#calls tr a").click()
    wait(driver, lambda d: "/admin/call/CA" in d.current_url and len(d.find_elements(By.CSS_SELECTOR, "#turns .turn")) >= 2, "a call opens on its own page with its turns")
    wait(driver, lambda d: "Caller: " in d.find_element(By.ID, "turns").text and "Loop AI: " in d.find_element(By.ID, "turns").text, "each turn shows what the caller said and what Loop AI answered")
    call_page(driver)
    opened = driver.current_url
    time.sleep(6)
    check(driver.current_url == opened and len(driver.find_elements(By.CSS_SELECTOR, "#turns .turn")) >= 2, "the call stays open across the 5-second refresh", driver)
    if shots:
        driver.save_screenshot(os.path.join(shots, "call.png"))
    call_page_on_a_phone(driver, shots)
    driver.back()
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#calls tr a")) >= 1, "back on the dashboard")
    driver.set_window_size(390, 844)
    time.sleep(0.5)
    wide = driver.execute_script(
        "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
        ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))")
    check(driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"), "the dashboard fits a 390-pixel phone without sideways scrolling " + str(wide), driver)
    if shots:
        driver.save_screenshot(os.path.join(shots, "dashboard-phone.png"))
    driver.set_window_size(1280, 1000)
    check("redis:v" not in driver.find_element(By.ID, "network").text, "before an upload no uploaded version is served", driver)
    callback_queue(driver, shots)
    if shots:
        driver.set_window_size(1280, 2400)
        time.sleep(0.5)
        driver.save_screenshot(os.path.join(shots, "dashboard.png"))
        driver.set_window_size(1280, 1000)
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as handle:
        handle.write("HOSPITAL NAME,Address,CITY\n")
        handle.write('Sunrise Test Hospital,"1 Lake Road, Baner",Pune\n')
        handle.write('"<script>window.__xss=2</script> Clinic","2 Hill Road, Aundh",Pune\n')
        path = handle.name
    driver.find_element(By.ID, "csv").send_keys(path)
    driver.find_element(By.ID, "upload-button").click()
    wait(driver, lambda d: d.find_element(By.ID, "preview").is_displayed() and "2 hospitals in 1 city" in d.find_element(By.ID, "preview-summary").text,
         "an upload is checked and previewed before anything changes")
    check("Sunrise Test Hospital" in driver.find_element(By.ID, "preview-added").text, "the preview lists what would be added", driver)
    if shots:
        # Tall enough that the whole panel is on screen for its picture.
        driver.set_window_size(1280, 2600)
        time.sleep(0.3)
        driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=network-title]").screenshot(os.path.join(shots, "upload-preview.png"))
        driver.set_window_size(1280, 1000)
    driver.find_element(By.ID, "confirm-upload").click()
    wait(driver, lambda d: "Version 1 stored: 2 hospitals" in d.find_element(By.ID, "upload-result").text, "confirmed, the upload is stored and names its version")
    wait(driver, lambda d: "redis:v1" in d.find_element(By.ID, "network").text, "the brains' list version changes to the upload", timeout=20)
    check(driver.execute_script("return window.__xss === undefined"), "hospital names from an upload never run as script", driver)
    driver.find_element(By.ID, "logout").click()
    wait(driver, lambda d: d.current_url.endswith("/admin/login"), "logging out returns to the login form")
    driver.get(base + "/")
    ask(driver, "hospitals in Pune")
    wait(driver, lambda d: "<script>window" in d.find_element(By.ID, "cards").text and "</script> Clinic" in d.find_element(By.ID, "cards").text, "an uploaded name with markup is shown as text on the voice page")
    check(driver.execute_script("return window.__xss === undefined"), "and never runs there either", driver)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--screenshots", default="")
    parser.add_argument("--redis-pid", type=int, default=0)
    parser.add_argument("--brain-pid", type=int, default=0)
    args = parser.parse_args()
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)
    driver = browser()
    try:
        voice_page(driver, args.base, args.screenshots)
        dashboard(driver, args.base, args.token, args.screenshots, args.redis_pid, args.brain_pid)
    finally:
        driver.quit()
    print("all browser checks passed")


if __name__ == "__main__":
    main()

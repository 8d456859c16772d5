"""Accessibility of the console (issue 34, item 11), in Chromium: the login form starts at the user
name, a skip link passes the call list, every chart's figures are a table for screen readers, and
"Log out everywhere" asks first. Called by pages_test.py."""
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from browser_checks import check, wait


def login_focus(driver):
    check(driver.execute_script("return document.activeElement && document.activeElement.id") == "user",
          "the login form opens with the focus in the user name", driver)


def skip_link(driver):
    link = driver.find_element(By.CSS_SELECTOR, "a.skip")
    check(driver.execute_script(
        "const [a, t, n] = [arguments[0], document.getElementById('calls-table'), document.getElementById('network-title')];"
        "return !!(a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) && !!(t.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)", link),
        "the skip link sits before the call list and leads past it", driver)
    check(link.rect["x"] < -1000, "the skip link is out of sight until a keyboard reaches it", driver)
    driver.execute_script("arguments[0].focus()", link)
    check(link.rect["x"] >= 0 and link.is_displayed(), "focused, the skip link shows", driver)
    link.send_keys(Keys.ENTER)
    wait(driver, lambda d: d.execute_script("return document.activeElement.id") == "network-title", "the skip link moves the focus past the call list")


def chart_tables(driver):
    for chart in ["today-chart", "week-chart", "days-chart", "notfound-chart", "turns-chart"]:
        box = driver.find_element(By.ID, chart)
        check(box.get_attribute("role") != "img" and box.find_element(By.CSS_SELECTOR, "svg").get_attribute("aria-hidden") == "true",
              chart + ": the drawing is hidden from screen readers, the box is not an image", driver)
        table = box.find_element(By.CSS_SELECTOR, "table")
        rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
        bars = box.find_elements(By.CSS_SELECTOR, "svg rect.bar")
        caption = driver.execute_script("return arguments[0].caption && arguments[0].caption.textContent", table)
        check(len(rows) == len(bars) and rows and caption, "%s: its figures are a table with a caption, one row per bar (%d)" % (chart, len(rows)), driver)
        hidden = driver.execute_script("const r = arguments[0].parentElement.getBoundingClientRect(); return r.width <= 1 && r.height <= 1", table)
        check(hidden, chart + ": the table is for screen readers only (out of sight)", driver)
    week = driver.execute_script("return document.querySelector('#week-chart tbody').textContent")
    check(any(ch.isdigit() for ch in week), "the week's table holds the counts", driver)


def logout_everywhere_asks(driver):
    driver.find_element(By.ID, "logout-everywhere").click()
    wait(driver, lambda d: d.find_element(By.ID, "logout-confirm").is_displayed(), "'Log out everywhere' asks first")
    check(driver.execute_script("return document.activeElement.id") == "logout-everywhere-no", "the question starts on Cancel", driver)
    check("every device" in driver.find_element(By.ID, "logout-confirm").text, "it says what it does", driver)
    driver.find_element(By.ID, "logout-everywhere-no").click()
    check(not driver.find_element(By.ID, "logout-confirm").is_displayed() and driver.current_url.split("?")[0].endswith("/admin"),
          "Cancel keeps the session", driver)
    status = driver.execute_script("return fetch('/admin/overview', {credentials: 'same-origin'}).then(r => r.status)")
    check(status == 200, "after Cancel the session still answers (%s)" % status, driver)


def console_accessibility(driver):
    skip_link(driver)
    chart_tables(driver)
    logout_everywhere_asks(driver)

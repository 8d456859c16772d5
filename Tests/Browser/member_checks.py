"""The member's page beyond the basics (issue 34, item 10), in Chromium: wholly Hindi when Hindi is
chosen (Marathi and Kannada likewise, issue 32), lang attributes right, the language beside the question box on a phone, emergency numbers
as links, and a follow-up about one hospital keeping the list. Called by pages_test.py."""
import os
import re
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser_checks import ask, check, wait

DEVANAGARI = re.compile("[\u0900-\u097F]")
KANNADA = re.compile("[\u0C80-\u0CFF]")


def answers(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#transcript li.loop")


def follow_up_keeps_the_list(driver):
    """'The second one's address' marks that card and leaves the list on screen."""
    driver.find_element(By.ID, "new").click()
    wait(driver, lambda d: len(answers(d)) == 1, "a new conversation for the follow-up")
    ask(driver, "Tell me 3 hospitals in Pune")
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#cards .card")) == 3, "three cards for the list")
    names = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#cards .card h3")]
    ask(driver, "what is the address of the second one")
    wait(driver, lambda d: len(answers(d)) == 3, "the follow-up is answered")
    cards = driver.find_elements(By.CSS_SELECTOR, "#cards .card")
    check([e.text for e in driver.find_elements(By.CSS_SELECTOR, "#cards .card h3")] == names, "the list stays on screen after 'the second one's address'", driver)
    check("picked" in cards[1].get_attribute("class") and cards[1].get_attribute("aria-current") == "true", "the second card is marked as the one asked about", driver)


def hindi_page(driver, base, shots):
    """Hindi chosen before asking: the greeting, every label, button, placeholder and note in Hindi."""
    driver.get(base + "/")
    wait(driver, lambda d: len(answers(d)) == 1, "the page greets")
    Select(driver.find_element(By.ID, "language")).select_by_value("hi-IN")
    wait(driver, lambda d: len(answers(d)) == 1 and DEVANAGARI.search(answers(d)[0].text) is not None, "choosing Hindi before asking greets again, in Hindi")
    check(driver.execute_script("return document.documentElement.lang") == "hi", "the page's lang is hi", driver)
    english = driver.execute_script(
        "return [...document.querySelectorAll('[data-text]')].filter(e => !/[\\u0900-\\u097F]/.test(e.textContent)).map(e => e.dataset.text)"
        ".concat(/[\\u0900-\\u097F]/.test(document.getElementById('question').placeholder) ? [] : ['placeholder'])"
        ".concat(/[\\u0900-\\u097F]/.test(document.title) ? [] : ['title'])")
    check(not english, "labels, placeholder, buttons, notes and title are all Hindi " + str(english), driver)
    check(answers(driver)[0].get_attribute("lang") == "hi", "the greeting's bubble is lang=hi", driver)
    ask(driver, "पुणे के 3 हॉस्पिटल बताइए")
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#cards .card")) >= 1, "a Hindi question lists hospitals")
    mine = driver.find_elements(By.CSS_SELECTOR, "#transcript li.me")[-1]
    check(mine.get_attribute("lang") == "hi" and answers(driver)[-1].get_attribute("lang") == "hi", "the question's and the answer's bubbles are lang=hi", driver)
    copy = driver.find_element(By.CSS_SELECTOR, "#cards .card button.copy")
    check(DEVANAGARI.search(copy.text) and copy.get_attribute("lang") == "hi", "the cards' buttons are Hindi too", driver)
    check(driver.find_element(By.ID, "cards").get_attribute("lang") == "en", "the hospitals' names and addresses, as listed, are marked English", driver)
    ask(driver, "इमरजेंसी है, सीने में दर्द हो रहा है")
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#transcript li.loop a.tel")) >= 2, "an emergency answer carries links")
    links = [a.get_attribute("href") for a in answers(driver)[-1].find_elements(By.CSS_SELECTOR, "a.tel")]
    check(links == ["tel:112", "tel:108"], "the emergency answer links tel:112 and tel:108 " + str(links), driver)
    driver.set_window_size(390, 844)
    time.sleep(0.4)
    gap = driver.execute_script(
        "const q = document.getElementById('question').getBoundingClientRect(), l = document.getElementById('language').getBoundingClientRect();"
        "return Math.abs(l.top - q.bottom)")
    check(gap < 80, "on a phone the language choice is right by the question box (%d px)" % gap, driver)
    check(driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"), "the Hindi page fits a phone's width", driver)
    if shots:
        # The latest answer, with its emergency links, in the picture.
        driver.execute_script("const t = document.getElementById('transcript'); t.scrollTop = t.scrollHeight")
        driver.save_screenshot(os.path.join(shots, "voice-page-hindi-phone.png"))
    driver.set_window_size(1280, 1000)
    Select(driver.find_element(By.ID, "language")).select_by_value("en-IN")
    wait(driver, lambda d: d.execute_script("return document.documentElement.lang") == "en" and d.find_element(By.ID, "send").text == "Ask", "English chosen again, the page is English again")


def page_in(driver, code, script, pattern, question):
    """`code` chosen before asking: the greeting, every label, placeholder and title written in its
    script (`pattern`, a JavaScript character class), bubbles and buttons marked with its lang."""
    driver.get(base_of(driver) + "/")
    wait(driver, lambda d: len(answers(d)) == 1, "the page greets before " + code + " is chosen")
    offered = [o.get_attribute("lang") for o in Select(driver.find_element(By.ID, "language")).options]
    check(offered == ["en", "hi", "mr", "kn"], "the Language box offers the deployment's languages in order " + str(offered), driver)
    Select(driver.find_element(By.ID, "language")).select_by_value(code + "-IN")
    wait(driver, lambda d: len(answers(d)) == 1 and script.search(answers(d)[0].text) is not None and answers(d)[0].get_attribute("lang") == code,
         "choosing " + code + " before asking greets again, in it")
    check(driver.execute_script("return document.documentElement.lang") == code, "the page's lang is " + code, driver)
    other = driver.execute_script(
        "const s = /" + pattern + "/;"
        "return [...document.querySelectorAll('[data-text]')].filter(e => !s.test(e.textContent)).map(e => e.dataset.text)"
        ".concat(s.test(document.getElementById('question').placeholder) ? [] : ['placeholder'])"
        ".concat(s.test(document.title) ? [] : ['title'])")
    check(not other, "labels, placeholder, buttons, notes and title are all " + code + " " + str(other), driver)
    ask(driver, question)
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#cards .card")) >= 1, "a question in " + code + " lists hospitals")
    mine = driver.find_elements(By.CSS_SELECTOR, "#transcript li.me")[-1]
    check(mine.get_attribute("lang") == code and answers(driver)[-1].get_attribute("lang") == code, "the question's and the answer's bubbles are lang=" + code, driver)
    copy = driver.find_element(By.CSS_SELECTOR, "#cards .card button.copy")
    check(script.search(copy.text) and copy.get_attribute("lang") == code, "the cards' buttons are in " + code + " too", driver)
    driver.refresh()
    wait(driver, lambda d: len(answers(d)) == 1 and d.execute_script("return document.documentElement.lang") == code, "the choice of " + code + " is remembered on the next visit")


def base_of(driver):
    return re.match(r"https?://[^/]+", driver.current_url).group(0)


def marathi_and_kannada_pages(driver, base, shots):
    """Marathi and Kannada, offered by this deployment's LANGUAGES, each make the whole page theirs."""
    driver.get(base + "/")
    page_in(driver, "mr", DEVANAGARI, "[\\u0900-\\u097F]", "पुण्यातील तीन हॉस्पिटल सांगा")
    page_in(driver, "kn", KANNADA, "[\\u0C80-\\u0CFF]", "ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮೂರು ಆಸ್ಪತ್ರೆಗಳನ್ನು ಹೇಳಿ")
    if shots:
        driver.save_screenshot(os.path.join(shots, "voice-page-kannada.png"))
    Select(driver.find_element(By.ID, "language")).select_by_value("en-IN")
    wait(driver, lambda d: d.execute_script("return document.documentElement.lang") == "en" and d.find_element(By.ID, "send").text == "Ask", "English chosen again, the page is English again")

"""What every browser check shares: a headless Chromium, and checks that print one line each and
stop at the first failure with the page's state."""
import sys

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-IN",
                 "--disable-gpu", "--mute-audio", "--autoplay-policy=no-user-gesture-required"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check(condition, message, driver=None):
    if not condition:
        print("FAIL:", message)
        if driver is not None:
            print("URL:", driver.current_url)
            print(driver.find_element(By.TAG_NAME, "body").text[:3000])
        sys.exit(1)
    print("ok:", message)


def wait(driver, predicate, message, timeout=15):
    try:
        # A page that navigates while the predicate reads it (a form posted, a redirect) leaves the
        # element it found stale: that is "not yet", not a failure.
        WebDriverWait(driver, timeout, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(
            lambda d: predicate(d))
    except Exception:
        check(False, message, driver)
    print("ok:", message)


def ask(driver, text):
    """Types a question into the voice page's box and sends it."""
    field = driver.find_element(By.ID, "question")
    field.send_keys(text)
    field.send_keys(Keys.ENTER)

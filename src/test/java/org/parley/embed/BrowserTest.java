package org.parley.embed;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A test class driving one headless Chromium, started before its tests and closed after them. */
abstract class BrowserTest {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.installed() ? Browser.start() : null;
    }

    @BeforeEach
    void needsTheBrowser() {
        Browser.assumeInstalled();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}

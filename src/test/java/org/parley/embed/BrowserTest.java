package org.parley.embed;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A test class driving one headless Chromium, started before its tests and closed after them (any feature's). */
public abstract class BrowserTest {

    protected static Browser browser;

    @BeforeAll
    public static void startBrowser() throws Exception {
        browser = Browser.installed() ? Browser.start() : null;
    }

    @BeforeEach
    public void needsTheBrowser() {
        Browser.assumeInstalled();
    }

    @AfterAll
    public static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}

package fi.valvonta.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Headless Debian Chromium driven by Selenium, with the flags this closed network needs. */
public final class Browser implements AutoCloseable {

    /**
     * Script condition: the overlay panel {@code p} has finished opening. PrimeFaces marks the end of the opening
     * transition with the class {@code …-enter-done}, or runs no transition when animations are off.
     */
    private static final String OVERLAY_OPENED = "/-enter-done/.test(p.className)"
            + " || (window.PrimeFaces !== undefined && PrimeFaces.animationEnabled === false)";

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=fi",
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        // the Debian driver, so Selenium Manager never tries to download one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void open(String path) {
        driver.get(Api.BASE + path);
    }

    /** Signs in on the login page: the one the browser was sent to, or a fresh one. */
    public void login(String username, String password) {
        if (!driver.getCurrentUrl().contains("/login.xhtml")) {
            open("/login.xhtml");
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        driver.findElement(By.cssSelector("input#login\\:password, #login\\:password input")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        // wait for the sign-in to land (or be refused) before the test goes anywhere else
        wait.until(ExpectedConditions.or(
                ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:messages .ui-messages-error"))));
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu as a person does: wait for its panel to be closed, open it,
     * click the item once the panel has finished opening (a click mid-animation can miss); try again until the
     * label shows it.
     */
    public void selectOne(String clientId, String itemLabel) {
        String css = "#" + clientId.replace(":", "\\:");
        By panel = By.cssSelector(css + "_panel");
        for (int attempt = 1; ; attempt++) {
            // a panel still closing after the last choice takes a click on the trigger for "close" (PrimeFaces
            // toggles on whether the panel is hidden), and then never opens: wait until it is closed, as a person does
            wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
            driver.findElement(By.cssSelector(css + " .ui-selectonemenu-trigger")).click();
            awaitOverlayOpen(panel);
            By item = By.cssSelector(css + "_items li[data-label='" + itemLabel + "']");
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(
                        ExpectedConditions.textToBe(By.cssSelector(css + "_label"), itemLabel));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Types a date into a PrimeFaces date picker ({@code pickerId}: its client id, without {@code _input}) and
     * closes the calendar it opens on focus, as a person does before going on. The calendar takes Escape only
     * once it has finished opening: an Escape typed before that is ignored, the calendar then opens anyway and
     * takes the focus, and the next click on the page scrolls it shut, which gives the focus back to the date and
     * scrolls the page away from the click (CI lost a draft's save so). So: when the calendar is still there
     * after the Escape, wait until it is open and close it from where the focus is; then check the date typed
     * (keys typed as the calendar took the focus would be lost) and type it again if it is not there.
     */
    public void typeDate(String pickerId, String text) {
        WebElement input = driver.findElement(By.id(pickerId + "_input"));
        By panel = By.id(pickerId + "_panel");
        for (int attempt = 1; ; attempt++) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ESCAPE); // over what the date shows
            String state = wait.until(d -> (String) ((JavascriptExecutor) d).executeScript("""
                    var p = document.getElementById(arguments[0]);
                    if (p === null || getComputedStyle(p).display === 'none') return 'closed';
                    if (/-exit/.test(p.className)) return null;
                    return (%s) ? 'open' : null;""".formatted(OVERLAY_OPENED), pickerId + "_panel"));
            if ("open".equals(state)) {
                driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
                wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
            }
            String typed = input.getAttribute("value");
            if (text.equals(typed)) {
                return;
            }
            if (attempt == 3) {
                throw new AssertionError("the date picker " + pickerId + " shows '" + typed + "', not '" + text + "'");
            }
        }
    }

    /** Waits until a PrimeFaces overlay panel is shown and its opening transition has ended. */
    public void awaitOverlayOpen(By panel) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(panel));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var p = arguments[0]; return " + OVERLAY_OPENED + ";", d.findElement(panel))));
    }

    /**
     * The row of a paginated PrimeFaces data table (by client id) that shows {@code text}, paging forward
     * until it is found; fails when no page has it.
     */
    public WebElement rowWith(String tableClientId, String text) {
        String css = "#" + tableClientId.replace(":", "\\:");
        By rows = By.cssSelector(css + "_data > tr");
        for (int page = 1; page <= 20; page++) {
            for (WebElement row : driver.findElements(rows)) {
                if (row.getText().contains(text)) {
                    return row;
                }
            }
            List<WebElement> next = driver.findElements(By.cssSelector(css + " .ui-paginator-next"));
            if (next.isEmpty() || next.get(0).getAttribute("class").contains("ui-state-disabled")) {
                break;
            }
            WebElement first = driver.findElement(rows);
            next.get(0).click();
            awaitReplaced(first);
        }
        throw new AssertionError("no row of " + tableClientId + " shows " + text);
    }

    /**
     * Waits for the browser to land on a URL containing the fragment, as after a form that redirects; if it
     * does not, fails with what the page shows instead (its error messages) and a screenshot, so that a
     * refused form or a slow server can be told apart from the report alone.
     */
    public void awaitUrlContaining(String fragment) {
        try {
            wait.until(ExpectedConditions.urlContains(fragment));
        } catch (org.openqa.selenium.TimeoutException e) {
            String messages = driver.findElements(By.cssSelector(
                            ".ui-message-error, .ui-messages-error, .ui-messages-warn, .ui-growl-message"))
                    .stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList().toString();
            String shot = "no-" + fragment.replaceAll("[^A-Za-z0-9]+", "-") + "-" + UUID.randomUUID();
            try {
                screenshot(shot);
            } catch (Exception ignored) {
                // the messages above are the report; the screenshot is a convenience
            }
            throw new AssertionError("the browser stayed on " + driver.getCurrentUrl() + " instead of a URL with "
                    + fragment + "; the page's messages: " + messages + " (screenshot " + shot + ")", e);
        }
    }

    /**
     * Waits until the page no longer holds the element (a new page or an AJAX update replaced it). Selenium's
     * staleness check asks the element whether it is enabled; while the page is being replaced, chromedriver may
     * answer that with "Node with given id does not belong to the document" instead of a stale reference (CI lost
     * a language switch so): that too means the element is gone.
     */
    public void awaitReplaced(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Switches the UI language with the page's language links (FI / SV / EN, in the menu bar or on the
     * login page) and waits for the page to come back in that language.
     */
    public void switchLanguage(String language) {
        WebElement link = driver.findElement(By.xpath("//form[@id='nav' or @id='langForm']//a[normalize-space()='"
                + language.toUpperCase(java.util.Locale.ROOT) + "']"));
        link.click();
        awaitReplaced(link);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    /** Signs out with the menu bar's button and waits for the login page. */
    public void logout() {
        driver.findElement(By.id("nav:logout")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Override
    public void close() {
        try {
            screenshot("last-" + UUID.randomUUID());
        } catch (Exception e) {
            // a screenshot is a convenience for whoever reads a failure
        }
        driver.quit();
    }
}

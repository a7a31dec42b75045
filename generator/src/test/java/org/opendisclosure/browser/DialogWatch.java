package org.opendisclosure.browser;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.openqa.selenium.Alert;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Watches pages for script that should never run: a JavaScript dialog, in two independent ways,
 * and the markup and errors that would betray script even when it opened no dialog.
 *
 * <ol>
 * <li>A hook runs in every new document before the page's own scripts
 * ({@link HeadlessChromium#runBeforePageScripts}). In the main frame it replaces {@code alert},
 * {@code confirm}, {@code prompt} and {@code print} by functions that only record the call; it
 * watches the DOM from the first node the parser inserts, so that a {@code <script>} other than
 * the site's own, an {@code on…} attribute, a {@code javascript:} URL or a frame is recorded even
 * if something inserted it later or removed it again; it records uncaught errors and whether each
 * of the site's own scripts ran. Its records live in a closure the page cannot reach.</li>
 * <li>The browser is started with {@link UnexpectedAlertBehaviour#IGNORE}, so a real dialog (from
 * a frame, where the hook leaves the functions alone, or from anything that got past the hook)
 * stays open instead of being dismissed: every command then fails with
 * {@link UnhandledAlertException}, and after each page {@code switchTo().alert()} must throw
 * {@link NoAlertPresentException}. Each dialog found is recorded and accepted.</li>
 * </ol>
 *
 * <p>After loading, the watch waits until the page has settled (document complete, every image
 * loaded or failed, every script element run or failed, no request of a script pending) and one
 * more round of tasks and a frame has passed, so that handlers such as an image's
 * {@code onerror}, which run after the load, have had their turn; no fixed sleep.
 */
final class DialogWatch {

    /** The dialog behaviour the browser must be started with (see the class comment). */
    static final UnexpectedAlertBehaviour BEHAVIOUR = UnexpectedAlertBehaviour.IGNORE;

    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(15);

    /** The page's visible fields a reader types text into. */
    private static final String TEXT_FIELDS = "Array.from(document.querySelectorAll('input, textarea')).filter((e) =>"
            + " /^(|text|search)$/i.test(e.getAttribute('type') || '') && e.getClientRects().length > 0)";

    /** Installed before every document's scripts; exposes a frozen {@code window.__dialogWatch}. */
    static final String HOOK = """
            (() => {
              if (window !== window.top || Object.prototype.hasOwnProperty.call(window, '__dialogWatch')) {
                return; // Frames keep the real dialogs, which the browser leaves open for the test to find.
              }
              const dialogs = [], errors = [], markup = [], scripts = [];
              const state = new WeakMap(), seen = new WeakSet(), focused = new WeakSet();
              let pending = 0;
              const add = (list, text) => { list[list.length] = String(text).slice(0, 300); };
              const describe = (el) => '<' + el.localName + Array.from(el.attributes, (a) => ' ' + a.name + '="'
                  + a.value + '"').join('') + '>';

              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                Object.defineProperty(window, name, { configurable: false, writable: false, enumerable: true,
                  value: function () {
                    add(dialogs, name + '(' + Array.from(arguments, String).join(', ') + ')');
                    return name === 'confirm' ? false : null;
                  } });
              }

              // The site's own scripts: empty script elements loading a file of the site's assets/
              // or of its search index (search/) or indicator data (indicators/), which search.js and
              // indicators.js add as they need them.
              const own = (el) => {
                const src = el.getAttribute('src');
                if (!src || el.textContent.trim() !== '') {
                  return false;
                }
                let url;
                try {
                  url = new URL(src, document.baseURI);
                } catch (e) {
                  return false;
                }
                return url.protocol === location.protocol && url.host === location.host
                    && /\\/(assets|search|indicators)\\/[^/]+\\.js$/.test(url.pathname);
              };
              const scriptUrl = (value) => {
                try {
                  return /^(javascript|vbscript):$/i.test(new URL(value, document.baseURI).protocol);
                } catch (e) {
                  return /^[\\s\\u0000-\\u001f]*(javascript|vbscript):/i.test(value.replace(/[\\t\\n\\r]/g, ''));
                }
              };
              const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster',
                  'background', 'lowsrc', 'dynsrc', 'to', 'from', 'values'];
              const frames = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal'];
              const checkAttribute = (el, name, value) => {
                const key = name.toLowerCase();
                if (key.startsWith('on')) {
                  add(markup, 'event handler: ' + describe(el));
                } else if (urlAttributes.includes(key) && value !== null && scriptUrl(value)) {
                  add(markup, 'script URL: ' + describe(el));
                } else if (key === 'style' && /javascript:|expression\\s*\\(/i.test(value || '')) {
                  add(markup, 'script in style: ' + describe(el));
                }
              };
              const check = (el) => {
                if (seen.has(el)) {
                  return;
                }
                seen.add(el);
                const tag = el.localName.toLowerCase();
                if (tag === 'script') {
                  scripts[scripts.length] = el;
                  if (!own(el)) {
                    add(markup, 'script: ' + describe(el) + el.textContent.slice(0, 100));
                  }
                }
                if (frames.includes(tag)) {
                  add(markup, tag + ': ' + describe(el));
                }
                for (const a of Array.from(el.attributes)) {
                  checkAttribute(el, a.name, a.value);
                }
              };
              const process = (records) => {
                for (const r of records) {
                  if (r.type === 'attributes') {
                    if (r.target.nodeType === 1 && r.target.hasAttribute(r.attributeName)) {
                      checkAttribute(r.target, r.attributeName, r.target.getAttribute(r.attributeName));
                    }
                    continue;
                  }
                  for (const node of Array.from(r.addedNodes)) {
                    if (node.nodeType === 1) {
                      check(node);
                      for (const d of Array.from(node.querySelectorAll('*'))) {
                        check(d);
                      }
                    }
                  }
                }
              };
              const observer = new MutationObserver(process);
              observer.observe(document, { childList: true, subtree: true, attributes: true });

              document.addEventListener('load', (e) => {
                if (e.target && e.target.localName === 'script') state.set(e.target, 'ran');
              }, true);
              document.addEventListener('error', (e) => {
                if (e.target && e.target.localName === 'script') state.set(e.target, 'failed to load');
              }, true);
              window.addEventListener('error', (e) => {
                if (e instanceof ErrorEvent) add(errors, e.message + ' (' + e.filename + ':' + e.lineno + ')');
              }, true);
              window.addEventListener('unhandledrejection', (e) => add(errors, 'unhandled rejection: ' + e.reason));
              document.addEventListener('focusin', (e) => focused.add(e.target), true);

              // Requests a script makes (a search index, say) are waited for, like images.
              const fetch = window.fetch;
              window.fetch = function () {
                pending++;
                return fetch.apply(this, arguments).finally(() => pending--);
              };
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function () {
                pending++;
                this.addEventListener('loadend', () => pending--, { once: true });
                return send.apply(this, arguments);
              };

              const runs = (s) => s.hasAttribute('src') && s.isConnected && !s.hasAttribute('nomodule')
                  && /^(|text\\/javascript|application\\/javascript|module)$/i.test((s.getAttribute('type') || '').trim());
              const links = () => Array.from(document.querySelectorAll('a[href]'))
                  .filter((a) => a.getClientRects().length > 0 || a.classList.contains('skip-link'));
              const settled = () => {
                process(observer.takeRecords());
                return document.readyState === 'complete' && pending === 0
                    && Array.from(document.images).every((i) => i.complete)
                    && scripts.every((s) => !runs(s) || state.has(s));
              };
              const report = () => {
                process(observer.takeRecords());
                return {
                  dialogs: dialogs.slice(), errors: errors.slice(), markup: markup.slice(),
                  ownScripts: scripts.filter(own).map((s) => s.getAttribute('src') + ': '
                      + (state.get(s) || 'did not run')),
                  title: document.title,
                  links: links().length,
                  unfocusedLinks: links().filter((a) => !focused.has(a)).map(describe),
                  text: document.body ? document.body.innerText : ''
                };
              };
              Object.defineProperty(window, '__dialogWatch', { configurable: false, writable: false,
                enumerable: false, value: Object.freeze({ settled, report }) });
            })();
            """;

    /** What the watch saw on one page, from its load until now. */
    record Observation(URI url, List<String> dialogs, List<String> nativeDialogs, List<String> markup,
            List<String> errors, List<String> ownScripts, String title, int links, List<String> unfocusedLinks,
            String text) {

        /**
         * Everything that shows script ran that should not have: any dialog, foreign markup, an
         * uncaught error, one of the site's own scripts that did not run, or a title other than
         * {@code expectedTitle} (null: not checked). Empty for a clean page.
         */
        List<String> problems(String expectedTitle) {
            List<String> problems = new ArrayList<>();
            dialogs.forEach(d -> problems.add("dialog (hook): " + d));
            nativeDialogs.forEach(d -> problems.add("dialog (browser): " + d));
            markup.forEach(m -> problems.add("markup: " + m));
            errors.forEach(e -> problems.add("uncaught error: " + e));
            ownScripts.stream().filter(s -> !s.endsWith(": ran")).forEach(s -> problems.add("own script: " + s));
            if (expectedTitle != null && !expectedTitle.equals(title)) {
                problems.add("title changed: \"" + expectedTitle + "\" is now \"" + title + "\"");
            }
            return problems;
        }

        /** The site's own scripts that ran on the page. */
        long ownScriptsRun() {
            return ownScripts.stream().filter(s -> s.endsWith(": ran")).count();
        }
    }

    private final HeadlessChromium chromium;
    private final List<String> nativeDialogs = new ArrayList<>();
    private URI current;

    /**
     * Installs the hook for the rest of {@code chromium}'s life; it must have been started with
     * {@link #BEHAVIOUR}.
     */
    DialogWatch(HeadlessChromium chromium) {
        this.chromium = chromium;
        chromium.runBeforePageScripts(HOOK);
    }

    /** Opens {@code url}, waits until it has settled and says what happened. */
    Observation open(URI url) {
        current = url;
        nativeDialogs.clear();
        try {
            chromium.open(url);
        } catch (UnhandledAlertException e) {
            // A dialog opened while loading; recorded here, and the load goes on once it is accepted.
            acceptNativeDialogs(e);
        }
        return settle();
    }

    /**
     * Presses Tab until every link of the page has had the keyboard focus (and one more, past the
     * last), then waits until the page has settled again.
     */
    Observation tabThroughEveryLink() {
        long stops = guarded(() -> ((Number) script("""
                return document.querySelectorAll('a[href], area[href], button, input, select, textarea, summary,'
                    + ' iframe, [tabindex], [contenteditable]').length""")).longValue());
        String tabs = Keys.TAB.toString().repeat((int) stops + 1);
        try {
            new Actions(driver()).sendKeys(tabs).perform();
        } catch (UnhandledAlertException e) {
            acceptNativeDialogs(e);
        }
        return settle();
    }

    /** Types {@code text} into every visible text field of the page, then waits until it has settled. */
    Observation typeIntoEveryTextField(String text) {
        List<?> fields = guarded(() -> (List<?>) script("return " + TEXT_FIELDS));
        for (Object field : fields) {
            try {
                ((WebElement) field).sendKeys(text);
            } catch (UnhandledAlertException e) {
                acceptNativeDialogs(e);
            }
        }
        return settle();
    }

    /** The number of text fields {@link #typeIntoEveryTextField} would type into. */
    long textFields() {
        return guarded(() -> ((Number) script("return " + TEXT_FIELDS + ".length")).longValue());
    }

    private Observation settle() {
        waitUntilSettled();
        // One more round: a task queued by a handler (an image's onerror, a timer of 0) and a frame.
        guarded(() -> ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let called = false;
                const next = () => { if (!called) { called = true; setTimeout(() => setTimeout(done, 0), 0); } };
                requestAnimationFrame(next);
                setTimeout(next, 100);"""));
        waitUntilSettled();
        acceptNativeDialogs(null);
        return observe();
    }

    private void waitUntilSettled() {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (!Boolean.TRUE.equals(guarded(() -> script(
                "return window.__dialogWatch ? window.__dialogWatch.settled() : document.readyState === 'complete'")))) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(current + " did not settle within " + SETTLE_TIMEOUT
                        + " (an image, a script or a request of a script still loading)");
            }
            sleep();
        }
    }

    private Observation observe() {
        Map<?, ?> report = (Map<?, ?>) guarded(() -> script(
                "return window.__dialogWatch ? window.__dialogWatch.report() : null"));
        if (report == null) {
            throw new AssertionError(current + ": the watch's hook did not run in this document");
        }
        acceptNativeDialogs(null);
        return new Observation(current, strings(report.get("dialogs")), List.copyOf(nativeDialogs),
                strings(report.get("markup")), strings(report.get("errors")), strings(report.get("ownScripts")),
                (String) report.get("title"), ((Number) report.get("links")).intValue(),
                strings(report.get("unfocusedLinks")), (String) report.get("text"));
    }

    /**
     * Records and accepts every dialog the browser has open, so the page can go on; then makes
     * sure none is left: {@code switchTo().alert()} must throw {@link NoAlertPresentException}.
     */
    private void acceptNativeDialogs(UnhandledAlertException cause) {
        if (cause != null && cause.getAlertText() != null) {
            nativeDialogs.add(cause.getAlertText());
        }
        for (int i = 0; i < 100; i++) {
            try {
                Alert alert = driver().switchTo().alert();
                String text = alert.getText();
                if (cause == null || i > 0 || !Objects.equals(text, cause.getAlertText())) {
                    nativeDialogs.add(text);
                }
                alert.accept();
            } catch (NoAlertPresentException e) {
                return;
            }
        }
        throw new AssertionError(current + ": a dialog keeps coming back: " + nativeDialogs);
    }

    /** Runs a command; if a dialog is in the way, records it, accepts it and runs the command again. */
    private <T> T guarded(Supplier<T> command) {
        for (int attempt = 0;; attempt++) {
            try {
                return command.get();
            } catch (UnhandledAlertException e) {
                if (attempt >= 20) {
                    throw e;
                }
                acceptNativeDialogs(e);
            }
        }
    }

    private Object script(String source) {
        return chromium.script(source);
    }

    private WebDriver driver() {
        return chromium.driver();
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

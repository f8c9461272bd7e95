// Written for Oncodex's browser check of the HTML renderer (BrowserCheck, HtmlBrowserCheckTest): the
// last script of the page. After the page has loaded it does to every element of every case what an
// attacker counts on a reader doing (focus, hover, click, and every other event an on* attribute can
// handle), waits for what that may have set off, and writes what the prelude recorded, with what the
// browser's own DOM holds that could run a script, as JSON into a new pre element, id
// oncodex-browser-check.
(function () {
    'use strict';
    var harness = window.__oncodexHarness;
    var found = [];
    var types = {};
    [window, Document.prototype, Element.prototype, HTMLElement.prototype, SVGElement.prototype]
        .forEach(function (proto) {
            for (var key in proto) {
                if (key.slice(0, 2) === 'on') {
                    types[key.slice(2)] = true;
                }
            }
        });
    delete types.click;
    var eventTypes = Object.keys(types).sort();
    var caseOf = function (el) {
        var marked = el.closest('[data-case]');
        return marked ? marked.getAttribute('data-case') : '?';
    };
    var scan = function (cases) {
        // the scheme as the browser's URL parser reads it: it drops tabs, line breaks and leading spaces
        var scripted = function (address) {
            try {
                return /^(javascript|vbscript|data):$/.test(new URL(address, document.baseURI).protocol);
            } catch (e) {
                return false;
            }
        };
        // attributes of a <body> or <html> tag in a case land on the page's own
        var elements = [document.documentElement, document.head, document.body];
        cases.forEach(function (c) {
            elements.push.apply(elements, c.querySelectorAll('*'));
        });
        elements.forEach(function (el) {
            var name = el.nodeName.toLowerCase();
            if (/^(script|iframe|frame|frameset|object|embed|applet|base|meta|link|portal|fencedframe)$/.test(name)) {
                found.push({ what: '<' + name + '> element', origin: caseOf(el) });
            }
            Array.prototype.forEach.call(el.attributes, function (a) {
                if (/^on/i.test(a.name)) {
                    found.push({ what: 'event handler attribute ' + a.name + ' on <' + name + '>', origin: caseOf(el) });
                } else if (/^(href|src|action|formaction|data|xlink:href|srcdoc|background|poster|srcset)$/i.test(a.name)
                        && (a.name === 'srcdoc' || scripted(a.value))) {
                    found.push({ what: a.name + '="' + a.value.slice(0, 60) + '" on <' + name + '>', origin: caseOf(el) });
                }
            });
        });
    };
    var dispatched = 0;
    var exercise = function (c) {
        [c].concat(Array.prototype.slice.call(c.querySelectorAll('*'))).forEach(function (el) {
            // what a reader can tab to; the rest cannot take focus (their focus handlers get the event below)
            if (el.tabIndex >= 0 && typeof el.focus === 'function') {
                el.focus();
            }
            // every other event, from each element that holds no other: it bubbles through all that hold it
            if (el.firstElementChild === null) {
                eventTypes.forEach(function (type) {
                    el.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
                    dispatched++;
                });
            }
            if (typeof el.click === 'function') {
                el.click();
            } else {
                el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
            }
            dispatched++;
        });
    };
    var finish = function (cases, expected) {
        var ran = harness.stop();
        if (document.title !== harness.title) {
            ran.push({ what: 'document.title changed to ' + document.title.slice(0, 60), origin: '?' });
        }
        var out = harness.element('pre');
        out.id = 'oncodex-browser-check';
        out.textContent = JSON.stringify({
            finished: true,
            casesExpected: expected,
            casesFound: cases.length,
            eventTypes: eventTypes.length,
            dispatched: dispatched,
            ran: ran,
            found: found
        });
        document.body.appendChild(out);
    };
    window.addEventListener('load', function () {
        var expected = Number(document.body.getAttribute('data-cases'));
        var cases = Array.prototype.slice.call(document.querySelectorAll('[data-case]'));
        scan(cases);
        harness.start();
        // one case per task, with time between them for what a javascript: link, a form, a timer or an
        // animation sets off (a navigation queued later would cancel one queued before)
        var next = function (i) {
            if (i === cases.length) {
                harness.exercising('?');
                harness.later(function () { finish(cases, expected); }, 200);
                return;
            }
            harness.exercising(cases[i].getAttribute('data-case'));
            exercise(cases[i]);
            harness.later(function () { next(i + 1); }, 20);
        };
        harness.later(function () { next(0); }, 200);
    });
})();

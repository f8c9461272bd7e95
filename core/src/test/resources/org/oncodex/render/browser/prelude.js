// Written for Oncodex's browser check of the HTML renderer (BrowserCheck, HtmlBrowserCheckTest): the
// first script of the page. Before any of the page's content is parsed, it replaces what a script
// injected into the page would call (dialogs, eval and string timers, fetch and other requests,
// document.write, innerHTML and other HTML parsing, cookies, navigation) with recorders, and watches
// the DOM for changes while the driver (driver.js) exercises the page. Each record says what was done
// and which case did it (see caseOf). No content-security policy: it would stop what is looked for.
(function () {
    'use strict';
    var records = [];
    var realSetTimeout = window.setTimeout.bind(window);
    var realSetInterval = window.setInterval.bind(window);
    var realCreateElement = Document.prototype.createElement;
    // the case the driver is exercising, '?' before and after
    var current = '?';
    // the case that holds a node ("3"), or, for a node outside every case, the case the driver was
    // exercising then ("~3"): a weaker attribution, since a script of one case can leave a handler on
    // the window that later cases set off
    var caseOf = function (node) {
        var el = node && node.nodeType !== 1 ? node.parentElement : node;
        var marked = el && el.closest ? el.closest('[data-case]') : null;
        return marked ? marked.getAttribute('data-case') : during();
    };
    var during = function () {
        return current === '?' ? '?' : '~' + current;
    };
    var origin = function () {
        var ev = window.event;
        if (ev && ev.currentTarget && ev.currentTarget.nodeType) {
            return caseOf(ev.currentTarget);
        }
        if (document.currentScript) {
            return caseOf(document.currentScript);
        }
        return during();
    };
    var text = function (args) {
        return Array.prototype.map
            .call(args, function (a) {
                try {
                    return String(a).slice(0, 80);
                } catch (e) {
                    return typeof a;
                }
            })
            .join(', ');
    };
    var record = function (what, args) {
        records.push({ what: what + '(' + text(args || []) + ')', origin: origin() });
    };
    var replace = function (owner, name, keep) {
        if (!owner || !(name in owner)) {
            return;
        }
        var real = owner[name];
        var recorder = function () {
            record(name, arguments);
            return keep ? keep.call(this, real, arguments) : undefined;
        };
        Object.defineProperty(owner, name, { value: recorder, writable: false, configurable: false });
    };
    ['alert', 'confirm', 'prompt', 'print', 'open', 'fetch', 'eval', 'postMessage', 'Function',
        'XMLHttpRequest', 'WebSocket', 'EventSource', 'Worker', 'SharedWorker', 'importScripts']
        .forEach(function (name) { replace(window, name); });
    // timers with a function are the driver's own business; with a string they are eval
    replace(window, 'setTimeout', function (real, args) {
        return typeof args[0] === 'function' ? realSetTimeout.apply(window, args) : undefined;
    });
    replace(window, 'setInterval', function (real, args) {
        return typeof args[0] === 'function' ? realSetInterval.apply(window, args) : undefined;
    });
    ['write', 'writeln', 'execCommand'].forEach(function (name) { replace(Document.prototype, name); });
    replace(Navigator.prototype, 'sendBeacon');
    replace(Element.prototype, 'insertAdjacentHTML');
    replace(Element.prototype, 'setHTMLUnsafe');
    replace(Document, 'parseHTMLUnsafe');
    replace(Range.prototype, 'createContextualFragment');
    // location's methods cannot be replaced (they are unforgeable): a navigation shows as an unload,
    // or as a page that never finishes
    replace(History.prototype, 'pushState');
    replace(History.prototype, 'replaceState');
    ['innerHTML', 'outerHTML'].forEach(function (name) {
        var real = Object.getOwnPropertyDescriptor(Element.prototype, name);
        Object.defineProperty(Element.prototype, name, {
            get: real.get,
            set: function (v) { record(name + '=', [v]); },
            configurable: false
        });
    });
    var cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
        get: function () { record('document.cookie', []); return ''; },
        set: function (v) { record('document.cookie=', [v]); },
        configurable: false
    });
    // a script that fails still ran
    window.addEventListener('error', function (e) {
        if (e instanceof ErrorEvent) {
            records.push({ what: 'uncaught error: ' + e.message, origin: during() });
        }
    });
    // a followed link to another document would unload the page; a javascript: link is let through,
    // since following it runs its script here, where the recorders see it
    var leaves = function (url) {
        return /^(https?|file|ftp|blob|about|chrome|view-source):/i.test(url);
    };
    window.addEventListener('click', function (e) {
        var link = e.target && e.target.closest ? e.target.closest('a[href], area[href]') : null;
        if (link && leaves(link.href)) {
            e.preventDefault();
        }
    }, true);
    window.addEventListener('submit', function (e) {
        var by = e.submitter && e.submitter.hasAttribute('formaction') ? e.submitter.formAction : null;
        if (leaves(by || (e.target && e.target.action) || '')) {
            e.preventDefault();
        }
    }, true);
    window.addEventListener('beforeunload', function (e) {
        if (e.isTrusted) {
            records.push({ what: 'the page began to unload', origin: during() });
        }
    });
    var mutations = [];
    var noteMutations = function (list) {
        list.forEach(function (m) {
            // a click on a details' summary opens it: the browser's own change, not a script's
            if (m.type === 'attributes' && m.attributeName === 'open') {
                return;
            }
            mutations.push({ what: 'DOM changed: ' + m.type + ' ' + (m.attributeName || m.target.nodeName),
                origin: caseOf(m.target) });
        });
    };
    var observer = new MutationObserver(noteMutations);
    var harness = Object.freeze({
        start: function () {
            observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true,
                characterData: true });
        },
        stop: function () {
            noteMutations(observer.takeRecords());
            observer.disconnect();
            return records.concat(mutations);
        },
        later: function (f, ms) { realSetTimeout(f, ms); },
        exercising: function (name) { current = name; },
        element: function (name) { return realCreateElement.call(document, name); },
        title: document.title
    });
    Object.defineProperty(window, '__oncodexHarness', { value: harness, writable: false, configurable: false });
})();

/*
 * Loads data files that the generator writes as scripts (the search index under search/, the
 * indicator data under indicators/). They work from file://, where browsers refuse fetch and XHR:
 * each file is loaded by adding a <script src> element, and hands its data to a global object,
 * window.<global>.<kind>(name, data) — or, for the manifest, .index(data). Also the few DOM
 * helpers both scripts build their results with. Used by search.js and indicators.js, which this
 * page loads after it.
 */
(function () {
  'use strict';

  /**
   * Sets window[global] up to receive data files of the given kinds and returns load(name): the
   * data of <base><name>.js, loaded once; a failed load is tried again next time.
   */
  function loader(base, global, kinds) {
    var waiting = new Map();
    var loading = new Map();

    function deliver(name, data) {
      var resolve = waiting.get(name);
      if (resolve) {
        waiting.delete(name);
        resolve(data);
      }
    }

    var receiver = {};
    kinds.forEach(function (kind) {
      receiver[kind] = kind === 'index'
        ? function (data) { deliver('index', data); }
        : function (name, data) { deliver(name, data); };
    });
    window[global] = Object.freeze(receiver);

    return function load(name) {
      var promise = loading.get(name);
      if (!promise) {
        promise = new Promise(function (resolve, reject) {
          waiting.set(name, resolve);
          var element = document.createElement('script');
          element.src = new URL(name + '.js', base).href;
          element.async = true;
          element.addEventListener('load', function () {
            element.remove();
            if (waiting.has(name)) {
              waiting.delete(name);
              reject(new Error(name + '.js did not deliver its data'));
            }
          });
          element.addEventListener('error', function () {
            element.remove();
            waiting.delete(name);
            reject(new Error('cannot load ' + name + '.js'));
          });
          document.head.appendChild(element);
        });
        loading.set(name, promise);
        promise.catch(function () { loading.delete(name); });
      }
      return promise;
    };
  }

  /** A count as readers see it: 1,234. */
  function number(n) {
    return n.toLocaleString('en-US');
  }

  /** A new element, with a class and a text when given (text, never markup). */
  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  /**
   * A link only from a relative path the data gives, with an optional fragment: nothing with a
   * scheme, so no javascript: or other site; null otherwise.
   */
  function safeHref(href) {
    return typeof href === 'string' && /^[0-9A-Za-z][0-9A-Za-z._\/-]*(#[0-9A-Za-z_-]+)?$/.test(href) ? href : null;
  }

  window.OpenDisclosureScriptData = Object.freeze({
    loader: loader, number: number, element: element, safeHref: safeHref
  });
})();

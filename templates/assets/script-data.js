/*
 * Loads data files that the generator writes as scripts (the search index under search/, the
 * indicator data under indicators/). They work from file://, where browsers refuse fetch and XHR:
 * each file is loaded by adding a <script src> element, and hands its data to a global object,
 * window.<global>.<kind>(name, data) — or, for the manifest, .index(data). Used by search.js and
 * indicators.js, which this page loads after it.
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

  window.OpenDisclosureScriptData = Object.freeze({ loader: loader });
})();

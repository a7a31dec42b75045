/*
 * The indicator browser's filters, in the browser, on the data the generator writes under
 * indicators/ (see org.opendisclosure.search.IndicatorDataWriter and docs/indicators.md). Like the
 * search, it needs no server and works from file://: every data file is a script, loaded by adding
 * a <script src> element, that hands its data to window.OpenDisclosureIndicators.
 *
 * The filter's state is the page's address (?year=&l1=&l2=&cmp=&unit=&min=&max=&q=): read when the
 * page opens, written with history.replaceState as the filter changes, so every state can be shared.
 * The manifest says, for every shard, its year and category and the units, comparators and range
 * of numbers it holds, so a filter loads only the shards that can match. Shards are read in the
 * order of the list pages; the first results are shown as soon as a page of them is found.
 *
 * Content is untrusted: everything is built with createElement and textContent only.
 */
(function () {
  'use strict';

  var FORMAT = 1;
  /** Results shown at first, and added by each "显示更多". */
  var PAGE = 100;
  /** Shards loaded at the same time. */
  var PARALLEL = 6;
  /** Quiet time after typing before the filter runs. */
  var DELAY = 250;
  var FIELDS = ['year', 'l1', 'l2', 'cmp', 'unit', 'min', 'max', 'q'];
  /** The cmp values beyond the comparators: a number written without one, and no number at all. */
  var NO_COMPARATOR = 'none';
  var QUALITATIVE = 'text';
  /** A comparator or unit in the address that the data does not have: it matches nothing. */
  var UNKNOWN = -3;

  var script = document.currentScript;
  var base = new URL('../indicators/', script.src);
  var form = document.getElementById('indicator-filter');
  var status = document.getElementById('indicator-status');
  var results = document.getElementById('indicator-results');
  var clear = document.getElementById('f-clear');
  if (!form || !status || !results || !clear || !window.OpenDisclosureScriptData) {
    return;
  }
  var field = {};
  FIELDS.forEach(function (name) { field[name] = document.getElementById('f-' + name); });

  // ---- Loading data files as scripts ----

  // The files hand their data to window.OpenDisclosureIndicators (assets/script-data.js).
  var load = window.OpenDisclosureScriptData.loader(base, 'OpenDisclosureIndicators', ['index', 'shard']);
  var number = window.OpenDisclosureScriptData.number;
  var element = window.OpenDisclosureScriptData.element;
  var safeHref = window.OpenDisclosureScriptData.safeHref;

  // ---- The manifest ----

  var manifest = null;

  function loadManifest() {
    return load('index').then(function (data) {
      if (!data || data.format !== FORMAT) {
        throw new Error('indicator data format ' + (data && data.format) + ', expected ' + FORMAT);
      }
      manifest = {
        comparators: data.comparators,
        units: data.units,
        years: data.years,
        shards: data.shards.map(function (s) {
          return { year: s[0], category: s[1], rows: s[2], units: s[3], comparators: s[4], min: s[5], max: s[6],
            name: 'r-' + s[7] };
        })
      };
      return manifest;
    });
  }

  /** 产出指标／数量指标: as the list pages name a category. */
  function categoryLabel(category) {
    var level1 = category[0] === null ? '（一级指标未填）' : category[0];
    return category[1] === null ? level1 : level1 + '／' + category[1];
  }

  // ---- The form ----

  function option(select, value, text) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
  }

  /** Empties a select down to its first option (全部). */
  function resetOptions(select) {
    while (select.options.length > 1) {
      select.remove(1);
    }
  }

  /** The distinct values of one level among the categories of the chosen year (and 一级). */
  function levels(index, year, level1) {
    var seen = [];
    manifest.years.forEach(function (y) {
      if (year && String(y.year) !== year) {
        return;
      }
      y.categories.forEach(function (c) {
        if (index === 1 && level1 && c[0] !== level1) {
          return;
        }
        if (c[index] !== null && seen.indexOf(c[index]) < 0) {
          seen.push(c[index]);
        }
      });
    });
    return seen;
  }

  /** Fills a select with values, keeping a chosen value even when the data has none like it. */
  function fill(select, values, chosen) {
    resetOptions(select);
    values.forEach(function (v) { option(select, v, v); });
    if (chosen && values.indexOf(chosen) < 0) {
      option(select, chosen, chosen);
    }
    select.value = chosen || '';
  }

  function fillLevels(state) {
    fill(field.l1, levels(0, state.year, ''), state.l1);
    fill(field.l2, levels(1, state.year, state.l1), state.l2);
  }

  function fillForm(state) {
    resetOptions(field.year);
    manifest.years.forEach(function (y) { option(field.year, String(y.year), y.year + ' 年'); });
    if (state.year && !manifest.years.some(function (y) { return String(y.year) === state.year; })) {
      option(field.year, state.year, state.year + ' 年');
    }
    field.year.value = state.year;
    fillLevels(state);
    resetOptions(field.cmp);
    manifest.comparators.forEach(function (c) { option(field.cmp, c[0], c[1] + ' ' + c[2]); });
    option(field.cmp, NO_COMPARATOR, '只有数值，无比较符号');
    option(field.cmp, QUALITATIVE, '定性（无数值）');
    field.cmp.value = state.cmp;
    fill(field.unit, manifest.units, state.unit);
    field.min.value = state.min;
    field.max.value = state.max;
    field.q.value = state.q;
  }

  /** The filter's state: from the address, or from the form. */
  function stateOfAddress() {
    var params = new URLSearchParams(window.location.search);
    var state = {};
    FIELDS.forEach(function (name) { state[name] = (params.get(name) || '').trim(); });
    return state;
  }

  function stateOfForm() {
    var state = {};
    FIELDS.forEach(function (name) { state[name] = field[name].value.trim(); });
    return state;
  }

  function addressOf(state) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      if (state[name]) {
        params.set(name, state[name]);
      }
    });
    var query = params.toString();
    return query ? '?' + query : '';
  }

  function remember(state) {
    try {
      var address = new URL(window.location.href);
      address.search = addressOf(state);
      address.hash = '';
      window.history.replaceState(null, '', address.href);
    } catch (e) {
      // Some browsers refuse to change a file:// address; the filter still runs.
    }
  }

  // ---- Filtering ----

  function normalise(text) {
    return text.normalize('NFKC').toLowerCase();
  }

  /** A number typed in the form (full-width digits too), or null when empty; NaN when not a number. */
  function numberOf(text) {
    var t = normalise(text).replace(/[,\s]/g, '');
    if (t === '') {
      return null;
    }
    return /^-?(\d+\.?\d*|\.\d+)$/.test(t) ? parseFloat(t) : NaN;
  }

  /** What a state asks, ready to test shards and rows. */
  function Filter(state) {
    this.year = state.year;
    this.l1 = state.l1;
    this.l2 = state.l2;
    this.cmp = state.cmp;
    this.comparator = -2;
    if (state.cmp && state.cmp !== NO_COMPARATOR && state.cmp !== QUALITATIVE) {
      this.comparator = manifest.comparators.findIndex(function (c) { return c[0] === state.cmp; });
      this.comparator = this.comparator < 0 ? UNKNOWN : this.comparator;
    }
    /** The unit's number; -2 for any unit, UNKNOWN for one the data does not have. */
    this.unit = !state.unit ? -2 : manifest.units.indexOf(state.unit) < 0 ? UNKNOWN : manifest.units.indexOf(state.unit);
    this.min = numberOf(state.min);
    this.max = numberOf(state.max);
    this.terms = Array.from(new Set(normalise(state.q).split(/\s+/).filter(function (t) { return t.length > 0; })));
    this.empty = FIELDS.every(function (name) { return !state[name]; });
    /** Whether rows must be read to know which match; if not, the manifest's counts are exact. */
    this.byRow = Boolean(state.cmp || state.unit || this.min !== null || this.max !== null || this.terms.length);
  }

  Filter.prototype.invalid = function () {
    return Number.isNaN(this.min) || Number.isNaN(this.max);
  };

  Filter.prototype.takesCategory = function (year, category) {
    return (!this.year || String(year.year) === this.year)
      && (!this.l1 || category[0] === this.l1) && (!this.l2 || category[1] === this.l2);
  };

  Filter.prototype.takesShard = function (shard) {
    var year = manifest.years[shard.year];
    if (!this.takesCategory(year, year.categories[shard.category])) {
      return false;
    }
    if (this.cmp === QUALITATIVE) {
      return this.unit === -2 && this.min === null && this.max === null;
    }
    if (this.unit !== -2 && shard.units.indexOf(this.unit) < 0) {
      return false;
    }
    if (this.cmp) {
      var bit = this.cmp === NO_COMPARATOR ? manifest.comparators.length : this.comparator;
      if (bit < 0 || (shard.comparators & (1 << bit)) === 0) {
        return false;
      }
    }
    if (this.min !== null && (shard.max === null || shard.max < this.min)) {
      return false;
    }
    if (this.max !== null && (shard.min === null || shard.min > this.max)) {
      return false;
    }
    return true;
  };

  /** Whether a row ([name, target] or [name, target, comparator, number, unit]) of a project matches. */
  Filter.prototype.takesRow = function (projectName, row) {
    var quantitative = row.length > 2;
    if (this.cmp === QUALITATIVE) {
      if (quantitative) {
        return false;
      }
    } else if (this.cmp === NO_COMPARATOR) {
      if (!quantitative || row[2] !== -1) {
        return false;
      }
    } else if (this.cmp && (!quantitative || row[2] !== this.comparator)) {
      return false;
    }
    if (this.unit !== -2 && (!quantitative || row[4] !== this.unit)) {
      return false;
    }
    if (this.min !== null || this.max !== null) {
      if (!quantitative) {
        return false;
      }
      var n = parseFloat(row[3]);
      if (this.min !== null && n < this.min || this.max !== null && n > this.max) {
        return false;
      }
    }
    if (this.terms.length) {
      var text = normalise(projectName + '\n' + row[0] + '\n' + row[1]);
      return this.terms.every(function (term) { return text.indexOf(term) >= 0; });
    }
    return true;
  };

  /**
   * A run of the filter: reads the shards that can match, in order, a few at a time, and collects
   * matching rows as [shard, project, row]. Without filters on rows, the count comes from the
   * manifest and only the shards needed for the rows shown are read.
   */
  function Run(filter) {
    this.filter = filter;
    var shards = manifest.shards.filter(function (s) { return filter.takesShard(s); });
    // Categories whose name holds a word of the query come first (满意度 → 满意度指标／服务对象满意度指标),
    // as the search lists title matches first: the first results come from where they most likely are.
    var named = function (s) {
      var label = normalise(categoryLabel(manifest.years[s.year].categories[s.category]));
      return filter.terms.some(function (term) { return label.indexOf(term) >= 0; });
    };
    this.shards = shards.filter(named).concat(shards.filter(function (s) { return !named(s); }));
    this.next = 0;
    /** Loads in flight or arrived but not yet taken, in the shards' order: {shard, data}. */
    this.pending = [];
    /** Called when a load arrives, while a call of until() waits. */
    this.waiter = null;
    this.matches = [];
    this.projects = new Set();
    this.done = this.shards.length === 0;
    this.cancelled = false;
    this.known = filter.byRow ? null : this.shards.reduce(function (sum, s) { return sum + s.rows; }, 0);
  }

  /**
   * Reads shards until at least `wanted` matches are found or none are left: up to PARALLEL loads
   * in flight, each started as soon as one arrives (on a phone's network the round trips overlap),
   * their rows taken in the shards' order.
   */
  Run.prototype.until = function (wanted) {
    var run = this;
    return new Promise(function (resolve, reject) {
      function pump() {
        if (run.cancelled) {
          run.waiter = null;
          resolve();
          return;
        }
        while (run.pending.length > 0 && run.pending[0].data !== undefined) {
          var first = run.pending.shift();
          if (first.error) {
            // Tried again by the next call (显示更多, or the filter run again).
            run.next = run.shards.indexOf(first.shard);
            run.pending = [];
            run.waiter = null;
            reject(first.error);
            return;
          }
          run.take(first);
        }
        run.done = run.next >= run.shards.length && run.pending.length === 0;
        if (run.done || run.matches.length >= wanted) {
          run.waiter = null;
          resolve();
          return;
        }
        while (run.pending.length < PARALLEL && run.next < run.shards.length) {
          var entry = { shard: run.shards[run.next++], data: undefined };
          run.pending.push(entry);
          load(entry.shard.name).then(arrived(entry), failed(entry));
        }
      }
      function arrived(entry) {
        return function (data) {
          entry.data = data;
          if (run.waiter) {
            run.waiter();
          }
        };
      }
      function failed(entry) {
        return function (error) {
          entry.error = error;
          entry.data = null;
          if (run.waiter) {
            run.waiter();
          }
        };
      }
      run.waiter = pump;
      pump();
    });
  };

  /** Takes the matching rows of a loaded shard. */
  Run.prototype.take = function (entry) {
    var run = this;
    entry.data.forEach(function (project) {
      project[2].forEach(function (row) {
        if (run.filter.takesRow(project[1], row)) {
          run.matches.push([entry.shard, project, row]);
          run.projects.add(project[0]);
        }
      });
    });
  };

  Run.prototype.count = function () {
    return this.known !== null ? this.known : this.matches.length;
  };

  Run.prototype.counted = function () {
    return this.known !== null || this.done;
  };

  // ---- Results ----

  /** The target as read: 不低于 98 %, as the pages' 解读 column says it. */
  function reading(row) {
    if (row.length <= 2) {
      return '';
    }
    var comparator = row[2] >= 0 ? manifest.comparators[row[2]][2] + ' ' : '';
    var unit = row[4] >= 0 ? manifest.units[row[4]] : '';
    return (comparator + row[3] + ' ' + unit).trim();
  }

  function resultRow(match) {
    var shard = match[0];
    var project = match[1];
    var row = match[2];
    var year = manifest.years[shard.year];
    var tr = element('tr');
    tr.appendChild(labelled(element('td', 'num', String(year.year)), 0));
    var th = element('th', 'row-title');
    th.scope = 'row';
    var href = safeHref(project[0]);
    if (href) {
      var a = element('a', null, project[1]);
      a.href = href;
      th.appendChild(a);
    } else {
      th.textContent = project[1];
    }
    tr.appendChild(th);
    tr.appendChild(labelled(element('td', null, categoryLabel(year.categories[shard.category])), 2));
    tr.appendChild(labelled(element('td', null, row[0]), 3));
    tr.appendChild(labelled(element('td', 'target', row[1]), 4));
    tr.appendChild(labelled(element('td', null, reading(row)), 5));
    return tr;
  }

  var RESULT_HEADINGS = ['年度', '项目', '一级／二级指标', '绩效指标', '指标值', '解读'];

  /** On a phone the table is one block per row; each value is shown beside its column's name. */
  function labelled(cell, column) {
    cell.setAttribute('data-label', RESULT_HEADINGS[column]);
    return cell;
  }

  function resultTable() {
    var region = element('div', 'table-scroll');
    region.setAttribute('role', 'region');
    region.tabIndex = 0;
    region.setAttribute('aria-labelledby', 'indicator-results-caption');
    var table = element('table', 'indicators indicator-results-table stacked');
    var caption = element('caption', null, '筛选结果');
    caption.id = 'indicator-results-caption';
    table.appendChild(caption);
    var head = element('thead');
    var tr = element('tr');
    RESULT_HEADINGS.forEach(function (h) {
      var cell = element('th', null, h);
      cell.scope = 'col';
      tr.appendChild(cell);
    });
    head.appendChild(tr);
    table.appendChild(head);
    var body = element('tbody');
    table.appendChild(body);
    region.appendChild(table);
    return { region: region, body: body };
  }

  var current = null;

  function describe(run) {
    var n = run.count();
    if (n === 0) {
      return '没有符合条件的指标。';
    }
    var projects = run.filter.byRow && run.done ? '，来自 ' + number(run.projects.size) + ' 个项目' : '';
    return (run.counted() ? '找到 ' : '已找到 ') + number(n) + ' 条指标' + projects
      + (run.counted() ? '' : '，仍在查找…') + '。';
  }

  /** Runs the filter of the form and shows what matches. */
  function apply(state) {
    if (current) {
      current.cancelled = true;
      current = null;
    }
    results.replaceChildren();
    results.removeAttribute('aria-busy');
    var filter = new Filter(state);
    field.min.removeAttribute('aria-invalid');
    field.max.removeAttribute('aria-invalid');
    if (filter.invalid()) {
      [field.min, field.max].forEach(function (f) {
        if (Number.isNaN(numberOf(f.value))) {
          f.setAttribute('aria-invalid', 'true');
        }
      });
      status.textContent = '数值范围须填数字，如 95 或 0.5。';
      return Promise.resolve();
    }
    if (filter.empty) {
      status.textContent = '';
      return Promise.resolve();
    }
    var run = new Run(filter);
    current = run;
    status.textContent = '正在筛选…';
    results.setAttribute('aria-busy', 'true');
    var table = null;
    var shown = 0;
    var more = null;

    function showUpTo(limit) {
      var first = null;
      while (shown < Math.min(limit, run.matches.length)) {
        var tr = resultRow(run.matches[shown]);
        first = first || tr;
        table.body.appendChild(tr);
        shown++;
      }
      return first;
    }

    function updateMore() {
      var left = run.count() > shown;
      if (left && !more) {
        more = element('button', 'search-more', '显示更多指标');
        more.type = 'button';
        more.addEventListener('click', function () {
          more.disabled = true;
          run.until(shown + PAGE).then(function () {
            if (run !== current) {
              return;
            }
            var first = showUpTo(shown + PAGE);
            more.disabled = false;
            updateMore();
            status.textContent = describe(run) + ' 已显示 ' + number(shown) + ' 条。';
            var link = first ? first.querySelector('a') : null;
            if (link) {
              link.focus();
            } else if (more && more.isConnected) {
              more.focus();
            }
          });
        });
        results.appendChild(more);
      } else if (!left && more) {
        more.remove();
        more = null;
      }
    }

    return run.until(PAGE).then(function () {
      if (run !== current) {
        return null;
      }
      if (run.matches.length > 0) {
        table = resultTable();
        results.appendChild(table.region);
        showUpTo(PAGE);
      }
      status.textContent = describe(run);
      results.removeAttribute('aria-busy');
      if (run.known !== null || run.done) {
        updateMore();
        return null;
      }
      // The rest is read to count; the first results are already on the page.
      return run.until(Infinity).then(function () {
        if (run !== current) {
          return;
        }
        status.textContent = describe(run);
        updateMore();
      });
    }).catch(function (error) {
      if (run !== current) {
        return;
      }
      results.removeAttribute('aria-busy');
      status.textContent = '指标数据无法载入，请刷新页面后再试。（' + error.message + '）';
    });
  }

  // ---- The page ----

  var timer = 0;

  function changed(now) {
    window.clearTimeout(timer);
    var state = stateOfForm();
    remember(state);
    if (now) {
      return apply(state);
    }
    // Busy until the filter runs, so that nobody (a test, a screen reader) takes the old results for new.
    results.setAttribute('aria-busy', 'true');
    timer = window.setTimeout(function () { apply(state); }, DELAY);
    return null;
  }

  function levelsChanged() {
    var state = stateOfForm();
    if (state.l2 && levels(1, state.year, state.l1).indexOf(state.l2) < 0) {
      state.l2 = '';
    }
    fillLevels(state);
    changed(true);
  }

  function start() {
    loadManifest().then(function () {
      var state = stateOfAddress();
      fillForm(state);
      form.hidden = false;
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        changed(true);
      });
      field.year.addEventListener('change', levelsChanged);
      field.l1.addEventListener('change', levelsChanged);
      ['l2', 'cmp', 'unit'].forEach(function (name) {
        field[name].addEventListener('change', function () { changed(true); });
      });
      ['min', 'max', 'q'].forEach(function (name) {
        field[name].addEventListener('input', function () { changed(false); });
      });
      clear.addEventListener('click', function () {
        FIELDS.forEach(function (name) { state[name] = ''; });
        fillForm(state);
        changed(true);
        field.year.focus();
      });
      apply(state);
    }).catch(function (error) {
      status.textContent = '指标数据无法载入，可以按下面的年度和类别浏览全部指标。（' + error.message + '）';
    });
  }

  // The data is loaded after the page's load event: scripts added before it would hold it back, and
  // the browser would show the page as loading until the last shard of a long count arrived.
  if (document.readyState === 'complete') {
    start();
  } else {
    window.addEventListener('load', start);
  }
}());

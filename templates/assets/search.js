/*
 * Site search, in the browser, on the index the generator writes under search/ (see
 * org.opendisclosure.search and docs/search.md). No server is involved, and it works from file://,
 * where browsers refuse fetch and XHR: every index file is a script, loaded by adding a <script src>
 * element, that hands its data to window.OpenDisclosureSearch.
 *
 * A query is normalised as the index is (NFKC, lower case) and split at spaces into terms; every
 * term must match. A term's runs of letters and digits give the grams to look up: its bigrams, or,
 * for a run of one character, every gram starting with it. The shards holding those grams are
 * loaded, their posting lists intersected, and the candidates grouped by kind, title matches first.
 * Grams only say that a document may contain a term, so each candidate shown is first confirmed
 * by a substring match on its text, loaded in chunks. Only the first results of each group are
 * confirmed and shown; "显示更多" confirms the next ones.
 *
 * Content is untrusted: results are built with createElement and textContent only.
 */
(function () {
  'use strict';

  var FORMAT = 1;
  /** Results shown per group at first, and added by each "显示更多". */
  var PAGE = 10;
  /** Characters of a long field shown around its first match. */
  var EXCERPT = 110;
  var EXCERPT_BEFORE = 30;
  /** Matching lines shown under an indicator result. */
  var MAX_LINES = 3;
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var RUN = /[\p{L}\p{M}\p{N}]+/gu;

  var script = document.currentScript;
  var base = new URL('../search/', script.src);
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  if (!form || !input || !status || !results || !window.OpenDisclosureScriptData) {
    return;
  }
  var pageTitle = document.title;

  // ---- Loading index files as scripts ----

  // The files hand their data to window.OpenDisclosureSearch (assets/script-data.js).
  var load = window.OpenDisclosureScriptData.loader(base, 'OpenDisclosureSearch', ['index', 'shard', 'documents']);
  var number = window.OpenDisclosureScriptData.number;
  var element = window.OpenDisclosureScriptData.element;
  var safeHref = window.OpenDisclosureScriptData.safeHref;

  var manifest = null;
  var shards = new Map();

  function loadManifest() {
    return load('index').then(function (data) {
      if (!data || data.format !== FORMAT) {
        throw new Error('index format ' + (data && data.format) + ', expected ' + FORMAT);
      }
      manifest = {
        kinds: data.kinds,
        shards: unpack(data.shards.first, data.shards.files, 'g-', data.hashLength),
        chunks: unpack(decode(data.chunks.first), data.chunks.files, 'd-', data.hashLength)
      };
      return manifest;
    });
  }

  /** [[first, file name], …] from the manifest's packed lists: firsts, and the files' hashes one after another. */
  function unpack(firsts, hashes, prefix, length) {
    return firsts.map(function (first, i) { return [first, prefix + hashes.slice(i * length, (i + 1) * length)]; });
  }

  /** Compares strings by code point, the order of the index (not UTF-16 units, as < does). */
  function compareCodePoints(a, b) {
    var i = 0;
    var j = 0;
    while (i < a.length && j < b.length) {
      var x = a.codePointAt(i);
      var y = b.codePointAt(j);
      if (x !== y) {
        return x - y;
      }
      i += x > 0xffff ? 2 : 1;
      j += y > 0xffff ? 2 : 1;
    }
    return (a.length - i) - (b.length - j);
  }

  /**
   * The position of the last entry of a [[start, name], …] list, sorted by start, whose start is at
   * most value; -1 when there is none.
   */
  function covering(list, value, compare) {
    var low = 0;
    var high = list.length - 1;
    var found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (compare(list[middle][0], value) <= 0) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  function compareNumbers(a, b) {
    return a - b;
  }

  /** A shard as a Map gram → postings, loaded once. */
  function shard(position) {
    var name = manifest.shards[position][1];
    if (shards.has(name)) {
      return Promise.resolve(shards.get(name));
    }
    return load(name).then(function (data) {
      var grams = new Map();
      for (var i = 0; i + 1 < data.length; i += 2) {
        grams.set(data[i], data[i + 1]);
      }
      shards.set(name, grams);
      return grams;
    });
  }

  /** The entry of one gram, or undefined. */
  function entryOf(gram) {
    var position = covering(manifest.shards, gram, compareCodePoints);
    return position < 0 ? Promise.resolve(undefined)
      : shard(position).then(function (grams) { return grams.get(gram); });
  }

  /**
   * The entries of every gram that starts with character: they are consecutive in gram order, in
   * the shard that covers the character itself and any that follow it up to the next character.
   */
  function entriesStartingWith(character) {
    var next = String.fromCodePoint(character.codePointAt(0) + 1);
    var first = Math.max(0, covering(manifest.shards, character, compareCodePoints));
    var last = covering(manifest.shards, next, compareCodePoints);
    if (last >= 0 && compareCodePoints(manifest.shards[last][0], next) === 0) {
      last--;
    }
    var loads = [];
    for (var position = first; position <= last; position++) {
      loads.push(shard(position));
    }
    return Promise.all(loads).then(function (maps) {
      var entries = [];
      maps.forEach(function (grams) {
        grams.forEach(function (entry, gram) {
          if (gram.codePointAt(0) === character.codePointAt(0)) {
            entries.push(entry);
          }
        });
      });
      return entries;
    });
  }

  /** Document number → [year, title, href, fields], loading the chunks that hold them. */
  function documentsOf(numbers) {
    var found = new Map();
    return Promise.all(numbers.map(function (n) {
      var chunk = manifest.chunks[covering(manifest.chunks, n, compareNumbers)];
      return load(chunk[1]).then(function (documents) { found.set(n, documents[n - chunk[0]]); });
    })).then(function () { return found; });
  }

  // ---- Posting lists ----

  var DIGIT_VALUE = new Map();
  for (var d = 0; d < DIGITS.length; d++) {
    DIGIT_VALUE.set(DIGITS.charAt(d), d);
  }

  /** Decodes a posting list: see PostingCodec.java. */
  function decode(posting) {
    var documents = [];
    var previous = -1;
    var value = 0;
    var scale = 1;
    for (var i = 0; i < posting.length; i++) {
      var digit = DIGIT_VALUE.get(posting.charAt(i));
      value += (digit % 32) * scale;
      if (digit < 32) {
        previous += value + 1;
        documents.push(previous);
        value = 0;
        scale = 1;
      } else {
        scale *= 32;
      }
    }
    return documents;
  }

  /** [all documents, title documents] of a shard entry: "all", "all.title", or "all." when they are the same. */
  function postings(entry) {
    if (entry === undefined) {
      return [[], []];
    }
    var dot = entry.indexOf('.');
    if (dot < 0) {
      return [decode(entry), []];
    }
    var all = decode(entry.slice(0, dot));
    return [all, dot === entry.length - 1 ? all : decode(entry.slice(dot + 1))];
  }

  function intersect(a, b) {
    var out = [];
    var i = 0;
    var j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        out.push(a[i]);
        i++;
        j++;
      }
    }
    return out;
  }

  function union(lists) {
    var all = new Set();
    lists.forEach(function (list) { list.forEach(function (n) { all.add(n); }); });
    return Array.from(all).sort(function (x, y) { return x - y; });
  }

  // ---- Queries ----

  function normalise(text) {
    return text.normalize('NFKC').toLowerCase();
  }

  /** The distinct terms of a query, normalised. */
  function termsOf(query) {
    return Array.from(new Set(normalise(query).split(/\s+/).filter(function (t) { return t.length > 0; })));
  }

  function runsOf(term) {
    return term.match(RUN) || [];
  }

  /**
   * Candidates of a run: [all, title]. Two or more characters: documents with every bigram; one
   * character: documents with any gram that starts with it.
   */
  function runCandidates(run) {
    var characters = Array.from(run);
    if (characters.length === 1) {
      return entriesStartingWith(characters[0]).then(function (entries) {
        var lists = entries.map(postings);
        return [union(lists.map(function (p) { return p[0]; })), union(lists.map(function (p) { return p[1]; }))];
      });
    }
    var lookups = [];
    for (var i = 0; i + 1 < characters.length; i++) {
      lookups.push(entryOf(characters[i] + characters[i + 1]).then(postings));
    }
    return Promise.all(lookups).then(function (lists) {
      return lists.reduce(function (a, b) { return [intersect(a[0], b[0]), intersect(a[1], b[1])]; });
    });
  }

  /** Whether every term is found exactly by its grams, so the candidates need no confirming. */
  function gramsAreExact(terms) {
    return terms.every(function (term) {
      var runs = runsOf(term);
      return runs.length === 1 && runs[0] === term && Array.from(term).length <= 2;
    });
  }

  /** The texts of a document that are searched, normalised. */
  function searchedTexts(kind, doc) {
    return (kind.titleSearched ? [doc[1]] : []).concat(doc[3]);
  }

  function confirms(kind, doc, terms) {
    var texts = searchedTexts(kind, doc).map(normalise);
    return terms.every(function (term) {
      return texts.some(function (text) { return text.indexOf(term) >= 0; });
    });
  }

  // ---- Highlighting ----

  /**
   * Where the terms occur in text, as merged [start, end) ranges of the original text. Matching is
   * on the normalised text, character by character, so each match maps back to what it came from.
   */
  function matchRanges(text, terms) {
    var normalised = '';
    var from = [];
    var to = [];
    var at = 0;
    for (var character of text) {
      var n = normalise(character);
      for (var k = 0; k < n.length; k++) {
        from.push(at);
        to.push(at + character.length);
      }
      normalised += n;
      at += character.length;
    }
    var ranges = [];
    terms.forEach(function (term) {
      var i = normalised.indexOf(term);
      while (i >= 0) {
        ranges.push([from[i], to[i + term.length - 1]]);
        i = normalised.indexOf(term, i + term.length);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    });
    return merged;
  }

  /** Appends text[start, end) to parent, the matches of terms in <mark>. */
  function appendMarked(parent, text, terms, start, end) {
    var ranges = matchRanges(text, terms);
    var at = start;
    ranges.forEach(function (r) {
      var s = Math.max(r[0], start);
      var e = Math.min(r[1], end);
      if (s >= e) {
        return;
      }
      if (s > at) {
        parent.appendChild(document.createTextNode(text.slice(at, s)));
      }
      var mark = document.createElement('mark');
      mark.textContent = text.slice(s, e);
      parent.appendChild(mark);
      at = e;
    });
    if (at < end) {
      parent.appendChild(document.createTextNode(text.slice(at, end)));
    }
  }

  /** A long text is cut to the part around its first match, with "…" where it was cut. */
  function appendExcerpt(parent, text, terms) {
    if (text.length <= EXCERPT) {
      appendMarked(parent, text, terms, 0, text.length);
      return;
    }
    var ranges = matchRanges(text, terms);
    var start = ranges.length === 0 ? 0 : Math.max(0, ranges[0][0] - EXCERPT_BEFORE);
    var end = Math.min(text.length, start + EXCERPT);
    start = Math.max(0, Math.min(start, end - EXCERPT));
    start = onCharacter(text, start);
    end = onCharacter(text, end);
    if (start > 0) {
      parent.appendChild(document.createTextNode('…'));
    }
    appendMarked(parent, text, terms, start, end);
    if (end < text.length) {
      parent.appendChild(document.createTextNode('…'));
    }
  }

  /** Moves an index off the second half of a surrogate pair. */
  function onCharacter(text, index) {
    var code = text.charCodeAt(index);
    return index > 0 && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
  }

  function containsAny(text, terms) {
    var normalised = normalise(text);
    return terms.some(function (term) { return normalised.indexOf(term) >= 0; });
  }

  // ---- Results ----

  function hitItem(kind, doc, terms) {
    var item = element('li', 'search-hit');
    var heading = element('h3');
    var href = safeHref(doc[2]);
    var title = href ? element('a') : element('span');
    if (href) {
      title.href = href;
    }
    if (kind.titleSearched) {
      appendMarked(title, doc[1], terms, 0, doc[1].length);
    } else {
      title.textContent = doc[1];
    }
    heading.appendChild(title);
    item.appendChild(heading);

    var meta = element('p', 'search-meta', doc[0] + ' 年 · ' + kind.heading);
    var fields = doc[3];
    if (kind.context >= 0 && fields[kind.context]) {
      meta.appendChild(document.createTextNode(' · '));
      appendMarked(meta, fields[kind.context], terms, 0, fields[kind.context].length);
    }
    item.appendChild(meta);

    var lines = [];
    fields.forEach(function (text, i) {
      if (i !== kind.context && text && containsAny(text, terms)) {
        lines.push(i);
      }
    });
    lines.slice(0, MAX_LINES).forEach(function (i) {
      var line = element('p', 'search-text');
      var label = kind.labels[Math.min(i, kind.labels.length - 1)];
      if (label) {
        line.appendChild(element('span', 'label', label + '：'));
      }
      appendExcerpt(line, fields[i], terms);
      item.appendChild(line);
    });
    if (lines.length > MAX_LINES) {
      item.appendChild(element('p', 'search-text', '另有 ' + (lines.length - MAX_LINES) + ' 项相符'));
    }
    return item;
  }

  /**
   * One kind's results: candidates in the order shown (title matches first), how many were
   * confirmed so far, and the list they are shown in.
   */
  function Group(kind, order) {
    this.kind = kind;
    this.order = order;
    this.next = 0;
    this.shown = 0;
    this.rejected = 0;
  }

  Group.prototype.finished = function () {
    return this.next >= this.order.length;
  };

  /** Confirms candidates until PAGE more are found or none are left; resolves to the new items. */
  Group.prototype.more = function (terms) {
    var group = this;
    var found = [];
    function step() {
      if (found.length >= PAGE || group.finished()) {
        return Promise.resolve(found);
      }
      var batch = group.order.slice(group.next, group.next + PAGE - found.length);
      group.next += batch.length;
      return documentsOf(batch).then(function (docs) {
        batch.forEach(function (n) {
          var doc = docs.get(n);
          if (doc && confirms(group.kind, doc, terms)) {
            found.push(hitItem(group.kind, doc, terms));
          } else {
            group.rejected++;
          }
        });
        return step();
      });
    }
    return step().then(function (items) {
      group.shown += items.length;
      return items;
    });
  };

  /** The number of results: exact once every candidate is confirmed, or when grams are exact. */
  Group.prototype.count = function () {
    return this.order.length - this.rejected;
  };

  var current = 0;

  function run(query) {
    var search = ++current;
    var terms = termsOf(query);
    results.replaceChildren();
    document.title = terms.length ? '“' + query.trim() + '”的搜索结果 · ' + pageTitle : pageTitle;
    if (terms.length === 0) {
      status.textContent = '';
      return Promise.resolve();
    }
    if (terms.some(function (term) { return runsOf(term).length === 0; })) {
      status.textContent = '请输入汉字、字母或数字：只由标点或符号组成的词无法搜索。';
      return Promise.resolve();
    }
    status.textContent = '正在搜索…';
    results.setAttribute('aria-busy', 'true');
    return (manifest ? Promise.resolve(manifest) : loadManifest()).then(function () {
      return Promise.all(terms.map(function (term) {
        return Promise.all(runsOf(term).map(runCandidates)).then(function (lists) {
          return lists.reduce(function (a, b) { return [intersect(a[0], b[0]), intersect(a[1], b[1])]; });
        });
      }));
    }).then(function (perTerm) {
      var all = perTerm.reduce(function (a, b) { return [intersect(a[0], b[0]), intersect(a[1], b[1])]; });
      var groups = manifest.kinds.map(function (kind) {
        var inKind = function (n) { return n >= kind.first && n < kind.first + kind.count; };
        var titles = all[1].filter(inKind);
        var titleSet = new Set(titles);
        var rest = all[0].filter(function (n) { return inKind(n) && !titleSet.has(n); });
        return new Group(kind, titles.concat(rest));
      }).filter(function (group) { return group.order.length > 0; });
      return Promise.all(groups.map(function (group) {
        return group.more(terms).then(function (items) { return [group, items]; });
      }));
    }).then(function (shown) {
      if (search !== current) {
        return;
      }
      show(query, terms, shown.filter(function (entry) { return entry[1].length > 0; }));
    }).catch(function (error) {
      if (search !== current) {
        return;
      }
      results.replaceChildren();
      status.textContent = '搜索索引无法载入，请刷新页面后再试。（' + error.message + '）';
    }).finally(function () {
      if (search === current) {
        results.removeAttribute('aria-busy');
      }
    });
  }

  function show(query, terms, shown) {
    var exact = gramsAreExact(terms);
    if (shown.length === 0) {
      status.textContent = '没有找到包含“' + query.trim() + '”的内容。';
      return;
    }
    var summary = element('p', 'search-summary');
    var lists = [];
    shown.forEach(function (entry) {
      var group = entry[0];
      var id = 'search-group-' + group.kind.key;
      var section = element('section', 'search-group');
      section.id = id;
      section.setAttribute('aria-labelledby', id + '-heading');
      var heading = element('h2', null, group.kind.heading + ' ');
      heading.id = id + '-heading';
      var count = element('span', 'count');
      heading.appendChild(count);
      section.appendChild(heading);
      var list = element('ol', 'search-hits');
      entry[1].forEach(function (item) { list.appendChild(item); });
      section.appendChild(list);
      var link = element('a');
      link.href = '#' + id;
      summary.appendChild(link);
      lists.push({ group: group, count: count, link: link, list: list, section: section });
      results.appendChild(section);
    });
    if (lists.length > 1) {
      summary.insertBefore(document.createTextNode('跳到：'), summary.firstChild);
      results.insertBefore(summary, results.firstChild);
    }

    function counted(group) {
      return exact || group.finished();
    }

    function update() {
      var total = 0;
      var allCounted = true;
      var parts = [];
      lists.forEach(function (l) {
        var n = l.group.count();
        var about = counted(l.group) ? '' : '约 ';
        total += n;
        allCounted = allCounted && counted(l.group);
        l.count.textContent = '（' + about + number(n) + ' 条'
          + (l.group.shown < n ? '，已显示 ' + number(l.group.shown) + ' 条' : '') + '）';
        l.link.textContent = l.group.kind.heading + ' ' + about + number(n);
        parts.push(l.group.kind.heading + ' ' + about + number(n));
      });
      status.textContent = '找到' + (allCounted ? ' ' : '约 ') + number(total) + ' 条结果：' + parts.join('，') + '。';
    }

    lists.forEach(function (l) {
      if (l.group.finished() || l.group.shown >= l.group.count()) {
        return;
      }
      var button = element('button', 'search-more', '显示更多' + l.group.kind.heading + '结果');
      button.type = 'button';
      button.addEventListener('click', function () {
        button.disabled = true;
        l.group.more(terms).then(function (items) {
          items.forEach(function (item) { l.list.appendChild(item); });
          if (l.group.finished() || l.group.shown >= l.group.count()) {
            button.remove();
          } else {
            button.disabled = false;
          }
          update();
          var first = items.length ? items[0].querySelector('a, span') : null;
          if (first) {
            if (first.tagName !== 'A') {
              first.tabIndex = -1;
            }
            first.focus();
          } else if (button.isConnected) {
            button.focus();
          }
        }).catch(function () {
          button.disabled = false;
          status.textContent = '更多结果无法载入，请再试一次。';
        });
      });
      l.section.appendChild(button);
    });
    update();
  }

  // ---- The page ----

  function queryOfAddress() {
    return new URLSearchParams(window.location.search).get('q') || '';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var query = input.value;
    try {
      var address = new URL(window.location.href);
      address.search = query.trim() ? '?q=' + encodeURIComponent(query.trim()) : '';
      window.history.pushState(null, '', address.href);
    } catch (e) {
      // Some browsers refuse to change a file:// address; the search still runs.
    }
    run(query);
  });

  window.addEventListener('popstate', function () {
    input.value = queryOfAddress();
    run(input.value);
  });

  input.value = queryOfAddress();
  if (input.value.trim()) {
    run(input.value);
  }
}());

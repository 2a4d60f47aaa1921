// Parley's embeddable widget: builds the page from the public API. Everything the API returns is data: it is put
// into the page as text nodes and attribute values, never parsed as HTML, and only http(s) URLs become links.
(() => {
  'use strict';

  const {el, fill, safeUrl} = window.parleyPage;
  const CONTEXT = 240; // code points of document text shown either side of a quote
  const KIND_LABELS = {
    DEMAND: 'Demand', PROPOSAL: 'Proposal', REJECTION: 'Rejection', ACCEPTANCE: 'Acceptance',
    CONDITION: 'Condition', WARNING: 'Warning', STATEMENT: 'Statement'
  };
  const root = document.getElementById('parley');
  const detail = document.getElementById('detail');
  const sources = document.getElementById('sources');
  const texts = new Map(); // document id and revision -> promise of its text as an array of code points
  // The pages live at <service>/embed/<view>, or one level deeper for a view of one record.
  const service = new URL(document.body.dataset.root || '../', location.href);
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  let updated = null; // when the data shown last changed, from the API's Last-Modified or Date header
  let opener = null; // the control that opened the detail, to take focus back when it closes

  /** The URL of an API path, relative to the service wherever it is mounted. */
  function apiUrl(path) {
    return new URL(path, service).href;
  }

  function link(url, text) {
    const href = safeUrl(url);
    return href ? el('a', {href, target: '_blank', rel: 'noopener noreferrer'}, text) : null;
  }

  /** An ISO date (2022-01-08) in words (8 Jan 2022), the same in every locale. */
  function day(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : String(iso);
  }

  function time(iso) {
    return el('time', {datetime: iso}, day(iso));
  }

  async function api(path) {
    const response = await fetch(apiUrl(path), {headers: {Accept: 'application/json'}});
    const stamp = response.headers.get('Last-Modified') || response.headers.get('Date');
    if (stamp && !Number.isNaN(Date.parse(stamp))) updated = new Date(stamp);
    if (!response.ok) {
      let detailText = response.statusText;
      try {
        detailText = (await response.json()).detail || detailText;
      } catch (e) { /* not a problem document */ }
      throw new Error(`${response.status}: ${detailText}`);
    }
    return response.json();
  }

  /** A document's current text, or the text of a revision (an ORPHANED citation counts in its own). */
  function documentText(id, revision) {
    const key = `${id}\u0000${revision || ''}`;
    if (!texts.has(key)) {
      const query = revision ? `?revision=${encodeURIComponent(revision)}` : '';
      texts.set(key, fetch(apiUrl(`api/documents/${encodeURIComponent(id)}/text${query}`))
        .then(r => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))))
        .then(text => Array.from(text))); // one element per code point, the unit of every offset
    }
    return texts.get(key);
  }

  const REVIEW = {FUZZY: 'the source was corrected and this quote edited', ORPHANED: 'the source was corrected '
    + 'and this quote was not found in it'};

  /** Whether a citation's anchor waits for an editor: FUZZY or ORPHANED after a revision of its document. */
  function needsReview(c) {
    return Boolean(c && c.anchor && REVIEW[c.anchor.status]);
  }

  /** The small "needs review" mark; its title says why. */
  function reviewMark(why) {
    return el('span', {className: 'review', title: why}, 'needs review');
  }

  /** party and topic filters of this page's URL, to pass on to the API. */
  function filters() {
    const own = new URLSearchParams(location.search);
    const query = new URLSearchParams();
    for (const name of ['party', 'topic']) own.getAll(name).forEach(value => query.append(name, value));
    return query;
  }

  function kindLabel(kind) {
    return KIND_LABELS[kind] || String(kind);
  }

  function fail(where, error) {
    fill(where, el('p', {className: 'error', role: 'alert'}, `Could not load: ${error.message}`));
    where.hidden = false;
  }

  function showSources(path) {
    const csv = new URLSearchParams(path.split('?')[1] || '');
    csv.set('format', 'csv');
    const when = updated || new Date();
    const stamp = `${day(when.toISOString())}, ${when.toISOString().slice(11, 16)} UTC`;
    fill(sources, el('p', {className: 'source'}, 'Source: Parley, updated ',
      el('time', {datetime: when.toISOString()}, stamp)),
    el('p', {}, 'Data: ', link(apiUrl(path), 'JSON'), ' · ', link(apiUrl(`${path.split('?')[0]}?${csv}`), 'CSV')));
  }

  /** The colour of each kind of position, as the marks use it. */
  function legend() {
    return el('ul', {className: 'legend', 'aria-label': 'Kinds of position'},
      Object.keys(KIND_LABELS).map(kind => el('li', {className: `kind-${kind}`},
        el('span', {className: 'swatch', 'aria-hidden': 'true'}), kindLabel(kind))));
  }

  // The party × topic grid.
  async function renderMatrix() {
    const path = `api/matrix?${filters()}`;
    const matrix = await api(path);
    const byPair = new Map(matrix.cells.map(c => [`${c.party.id}\u0000${c.topic.id}`, c]));
    const head = el('tr', {}, el('td', {className: 'corner'}),
      matrix.topics.map(t => el('th', {scope: 'col', 'data-topic': t.id}, t.name)));
    const rows = matrix.parties.map(p => el('tr', {},
      el('th', {scope: 'row', 'data-party': p.id}, p.name),
      matrix.topics.map(t => cell(byPair.get(`${p.id}\u0000${t.id}`), p, t))));
    fill(root, el('table', {className: 'matrix'},
      el('caption', {}, 'Latest position of each party on each topic. Choose a cell to see its sources.'),
      el('thead', {}, head), el('tbody', {}, rows)), legend());
    showSources(path);
  }

  function cell(c, party, topic) {
    const latest = c && c.latest;
    if (!latest) {
      return el('td', {className: 'empty', 'data-party': party.id, 'data-topic': topic.id}, '—');
    }
    const sourcesText = latest.documents === 1 ? '1 source' : `${latest.documents} sources`;
    const button = el('button', {
      type: 'button', className: `cell kind-${latest.kind}`, title: latest.summary, 'aria-pressed': 'false',
      'data-party': party.id, 'data-topic': topic.id, 'data-position': latest.id,
      'aria-label': `${party.name} on ${topic.name}: ${kindLabel(latest.kind)} of ${day(latest.statedOn)}`
    }, el('span', {className: 'kind'}, kindLabel(latest.kind)),
      el('span', {className: 'date'}, time(latest.statedOn)),
      el('span', {className: 'count'}, c.positions > 1 ? `${sourcesText} · ${c.positions} positions` : sourcesText),
      latest.needsReview ? reviewMark('a quote of it waits for review after a correction of its source') : null);
    button.addEventListener('click', () => select(button, latest.id));
    return el('td', {}, button);
  }

  // A list of positions in date order.
  async function renderPositions() {
    const query = filters();
    query.set('size', '200');
    const path = `api/timeline?${query}`;
    const timeline = await api(path);
    const items = timeline.items.map(p => {
      const button = el('button', {type: 'button', className: `entry kind-${p.kind}`, 'data-position': p.id,
        'aria-pressed': 'false'},
        el('span', {className: 'date'}, time(p.statedOn)),
        el('span', {className: 'who'}, `${p.party.name} · ${p.topic.name}`),
        el('span', {className: 'kind'}, kindLabel(p.kind)),
        el('span', {className: 'summary'}, p.summary),
        p.citations.some(needsReview) ? reviewMark('a quote of it waits for review after a correction of its source')
          : null);
      button.addEventListener('click', () => select(button, p.id));
      return el('li', {}, button);
    });
    fill(root,
      el('p', {className: 'count'}, `${timeline.totalItems} position${timeline.totalItems === 1 ? '' : 's'}`),
      items.length ? el('ol', {className: 'timeline'}, items) : el('p', {className: 'empty'}, 'No positions.'),
      legend());
    showSources(path);
  }

  async function select(button, id) {
    root.querySelectorAll('[aria-pressed="true"]').forEach(b => b.setAttribute('aria-pressed', 'false'));
    button.setAttribute('aria-pressed', 'true');
    opener = button;
    await showPosition(id);
  }

  function closeDetail() {
    detail.hidden = true;
    fill(detail);
    detail.removeAttribute('data-position');
    root.querySelectorAll('[aria-pressed="true"]').forEach(b => b.setAttribute('aria-pressed', 'false'));
    if (opener && opener.isConnected) opener.focus();
  }

  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && !detail.hidden) closeDetail();
  });

  /** Brings the detail into view and gives it focus, so a reader (and a screen reader) lands on it. */
  function reveal() {
    detail.setAttribute('tabindex', '-1');
    detail.scrollIntoView({block: 'nearest'});
    detail.focus({preventScroll: true});
  }

  // One position with its quotes in their surrounding text.
  async function showPosition(id) {
    detail.hidden = false;
    detail.removeAttribute('data-position');
    fill(detail, el('p', {className: 'status', role: 'status'}, 'Loading…'));
    reveal();
    try {
      const p = await api(`api/positions/${encodeURIComponent(id)}`);
      const citations = await Promise.all(p.citations.map(citation));
      const answered = p.respondsTo ? el('p', {className: 'answers'}, 'Answers ',
        answerLink(p.respondsTo), `: ${p.respondsTo.summary}`) : null;
      const close = el('button', {type: 'button', className: 'close', 'aria-label': 'Close the sources'}, '×');
      close.addEventListener('click', closeDetail);
      fill(detail, close,
        el('h2', {}, `${p.party.name} · ${p.topic.name}`),
        el('p', {className: 'meta'}, el('span', {className: `kind kind-${p.kind}`}, kindLabel(p.kind)), ' ',
          time(p.statedOn),
          p.speaker ? ` · ${p.speaker.name}${p.speaker.role ? `, ${p.speaker.role}` : ''}` : '',
          p.citations.some(needsReview) ? [' ', reviewMark('a quote waits for review after a correction')] : null),
        el('p', {className: 'summary'}, p.summary),
        answered,
        el('div', {className: 'citations'}, citations));
      detail.setAttribute('data-position', p.id);
      reveal();
    } catch (error) {
      fail(detail, error);
    }
  }

  function answerLink(ref) {
    const button = el('button', {type: 'button', className: 'link', 'data-position': ref.id},
      `${ref.party.name}'s ${kindLabel(ref.kind).toLowerCase()}`);
    button.addEventListener('click', () => showPosition(ref.id));
    return button;
  }

  async function citation(c) {
    let before = c.prefix;
    let quote = c.quote;
    let after = c.suffix;
    let cut = [true, true];
    const orphaned = c.anchor && c.anchor.status === 'ORPHANED';
    try {
      const text = await documentText(c.document.id, orphaned ? c.anchor.revision : null);
      before = text.slice(Math.max(0, c.start - CONTEXT), c.start).join('');
      quote = text.slice(c.start, c.end).join('');
      after = text.slice(c.end, c.end + CONTEXT).join('');
      cut = [c.start > CONTEXT, c.end + CONTEXT < text.length];
    } catch (e) { /* keep the context the citation carries */ }
    const d = c.document;
    return el('figure', {className: 'citation', 'data-citation': c.id, 'data-document': d.id,
      'data-start': c.start, 'data-end': c.end, 'data-anchor': c.anchor ? c.anchor.status : null},
    needsReview(c) ? el('p', {className: 'review-note'}, reviewMark(REVIEW[c.anchor.status]),
      ` ${REVIEW[c.anchor.status]}${orphaned ? ` (quoted from revision ${c.anchor.revision})` : ''}.`) : null,
    el('blockquote', {className: 'context'}, cut[0] ? '…' : '', before,
      el('mark', {className: 'quote'}, quote), after, cut[1] ? '…' : ''),
    el('figcaption', {},
      el('cite', {className: 'title'}, d.title),
      d.outlet ? el('span', {className: 'outlet'}, ` · ${d.outlet}`) : null,
      d.publishedOn ? el('span', {className: 'published'}, ` · ${day(d.publishedOn)}`) : null,
      el('span', {className: 'links'}, [link(c.sourceUrl || d.url, 'Original'), link(c.spanUrl, 'Stored text')]
        .filter(Boolean).flatMap(a => [' · ', a]))));
  }

  // A negotiation: a card per topic with its state, its demands and their answers, and a stance strip per party.
  const STATE_LABELS = {
    AGREED: 'Agreed', CONVERGING: 'Converging', MOVING: 'Moving', DEADLOCKED: 'Deadlocked', QUIET: 'Quiet',
    OPEN: 'Open', REJECTED: 'Rejected', COUNTERED: 'Countered', ACCEPTED: 'Accepted'
  };

  function badge(status, because) {
    return el('span', {className: `badge state-${status}`, title: because}, STATE_LABELS[status] || String(status));
  }

  function addDays(iso, n) {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  function daysBetween(a, b) {
    return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
  }

  async function renderNegotiation() {
    const id = document.body.dataset.negotiation;
    const base = `api/negotiations/${encodeURIComponent(id)}`;
    const negotiation = await api(base);
    const full = await api(`${base}/state`);
    const dates = full.topics.flatMap(t => t.stances.flatMap(s => s.positions.map(p => p.statedOn))).sort();
    const first = dates[0];
    const last = dates[dates.length - 1];
    const span = first ? Math.max(1, daysBetween(first, last)) : 1;
    const cards = el('div', {className: 'cards'});
    const header = el('header', {className: 'negotiation'},
      el('h1', {}, negotiation.name),
      el('p', {className: 'sides'}, negotiation.sides.map(s => `${s.name}: ${s.parties.map(p => p.name).join(', ')}`)
        .join(' — ')));
    let slider = null;
    const shown = el('output', {className: 'on', 'aria-live': 'polite'});
    if (first) {
      slider = el('input', {type: 'range', min: 0, max: daysBetween(first, last), step: 1, id: 'on',
        'aria-label': 'Show the state on this day'});
      header.append(el('p', {className: 'replay'}, el('label', {for: 'on'}, 'Replay: '), slider, ' ', shown));
    }
    fill(root, header, legend(), cards);

    async function show(on) {
      const path = on && on < last ? `${base}/state?on=${on}` : `${base}/state`;
      const state = path === `${base}/state` ? full : await api(path);
      const upTo = on || last;
      if (slider) {
        slider.value = String(daysBetween(first, upTo));
        slider.setAttribute('aria-valuetext', day(upTo));
        fill(shown, 'statements up to ', time(upTo));
      }
      fill(cards, state.topics.map(t => topicCard(t, first, span)));
      showSources(path);
      reportHeight();
    }

    const requested = new URLSearchParams(location.search).get('on');
    await show(/^\d{4}-\d{2}-\d{2}$/.test(requested || '') ? requested : null);
    if (slider) {
      let pending = 0;
      slider.addEventListener('input', () => {
        const ticket = ++pending;
        const on = addDays(first, Number(slider.value));
        setTimeout(() => {
          if (ticket === pending) show(on).catch(error => fail(cards, error));
        }, 150);
      });
    }
  }

  function topicCard(t, first, span) {
    const card = el('section', {className: 'card', 'data-topic': t.topic.id, 'data-state': t.state},
      el('h2', {}, t.topic.name, ' ', badge(t.state, t.because)),
      el('p', {className: 'meta'}, t.lastMovement ? ['Last movement ', time(t.lastMovement)] : 'No movement yet',
        el('span', {className: 'rule'}, ` · ${t.because}`)));
    if (t.demands.length) {
      card.append(el('ul', {className: 'threads'}, t.demands.map(d => el('li', {className: 'thread',
        'data-demand': d.demand.id, 'data-status': d.status},
      positionButton(d.demand, `${d.demand.party.name} demands: ${d.demand.summary}`), ' ', badge(d.status, d.because),
      d.byParty.length ? el('ul', {className: 'answers'}, d.byParty.map(a => el('li', {'data-party': a.party.id},
        `${a.party.name}: `, badge(a.status, a.because), ' ',
        a.positions.map(p => positionButton(p, `${kindLabel(p.kind)} of ${day(p.statedOn)}`))))) : null))));
    }
    if (t.stances.length) {
      card.append(el('div', {className: 'strips'}, t.stances.map(s => strip(s, first, span))));
    }
    return card;
  }

  function positionButton(p, text) {
    const button = el('button', {type: 'button', className: `link kind-${p.kind}`, 'data-position': p.id,
      'aria-pressed': 'false'}, text);
    button.addEventListener('click', () => select(button, p.id));
    return button;
  }

  /** A party's positions on a line of dates, a mark per position; a shift is drawn as a ring. */
  function strip(s, first, span) {
    const shifted = new Set(s.shifts.map(x => x.positions[1].id));
    const marks = s.positions.map(p => {
      const shift = shifted.has(p.id);
      const button = el('button', {type: 'button', className: `mark kind-${p.kind}${shift ? ' shift' : ''}`,
        'data-position': p.id, 'aria-pressed': 'false', title: `${kindLabel(p.kind)}, ${day(p.statedOn)}`,
        'aria-label': `${s.party.name}: ${kindLabel(p.kind)} of ${day(p.statedOn)}${shift ? ', a shift' : ''}`});
      button.style.left = `${(100 * daysBetween(first, p.statedOn)) / span}%`;
      button.addEventListener('click', () => select(button, p.id));
      return button;
    });
    return el('div', {className: 'strip', 'data-party': s.party.id},
      el('span', {className: 'who'}, s.party.name),
      el('div', {className: 'line'}, marks),
      s.shifts.length ? el('span', {className: 'shifts'}, s.shifts.map(x =>
        `${kindLabel(x.from)} → ${kindLabel(x.to)} (${day(x.on)})`).join('; ')) : null);
  }

  /** Tells the host page the height of the content, so that it can size the frame (see the README). */
  function reportHeight() {
    if (window.parent === window) return;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({type: 'parley:height', height, href: location.href}, '*');
  }
  if (typeof ResizeObserver === 'function') new ResizeObserver(reportHeight).observe(document.documentElement);

  const views = {matrix: renderMatrix, positions: renderPositions, negotiation: renderNegotiation};
  const render = views[document.body.dataset.view] || renderMatrix;
  render().catch(error => fail(root, error)).finally(reportHeight);
})();

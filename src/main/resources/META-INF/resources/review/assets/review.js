// Parley's review page: an editor accepts, corrects or rejects the positions suggested from one document.
// Everything the API returns is data: it goes into the page as text nodes and attribute values, never parsed as
// HTML. The editor's token lives in sessionStorage (this tab only) and travels only in the Authorization header of
// the writes, never in a URL.
(() => {
  'use strict';

  const {el, fill, safeUrl} = window.parleyPage;
  const TOKEN_KEY = 'parley.review.token';
  const KINDS = ['DEMAND', 'PROPOSAL', 'REJECTION', 'ACCEPTANCE', 'CONDITION', 'WARNING', 'STATEMENT'];
  const MAX_POSITIONS = 1000; // offered as respondsTo choices; any other id may still be typed
  // The page lives at <service>/review/<document id>.
  const service = new URL('../', location.href);
  const documentId = decodeURIComponent(location.pathname.split('/').pop());
  const $ = id => document.getElementById(id);

  const state = {
    suggestions: [], // in the API's order
    parties: new Map(), // id -> party with its representatives
    topics: [],
    marks: new Map(), // suggestion id -> the <mark> elements of its passage
    cards: new Map() // suggestion id -> its card
  };

  function apiUrl(path) {
    return new URL(path, service).href;
  }

  function when(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso) : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }

  // ---- The API ----

  /** An HTTP failure with the problem document (RFC 9457) the API sent, or one made up from the status. */
  class Problem extends Error {
    constructor(status, problem) {
      super(problem.detail || problem.title || `HTTP ${status}`);
      this.status = status;
      this.problem = problem;
    }
  }

  async function problemOf(response) {
    let problem = {};
    try {
      if ((response.headers.get('Content-Type') || '').includes('json')) problem = await response.json();
    } catch (e) { /* not a problem document */ }
    if (!problem || typeof problem !== 'object') problem = {};
    return new Problem(response.status, {
      title: problem.title || response.statusText || 'Request failed',
      status: problem.status || response.status,
      detail: problem.detail,
      errors: Array.isArray(problem.errors) ? problem.errors : []
    });
  }

  async function read(path) {
    const headers = {Accept: 'application/json'};
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = `Bearer ${token}`; // for a service whose reads need one too
    let response;
    try {
      // no-cache: revalidate, so a list read after a write shows the write.
      response = await fetch(apiUrl(path), {headers, cache: 'no-cache'});
    } catch (e) {
      throw new Problem(0, {title: 'The service could not be reached', detail: e.message, errors: []});
    }
    if (!response.ok) throw await problemOf(response);
    return response.json();
  }

  /** Every item of a paged list, up to a limit. */
  async function readAll(path, limit) {
    const items = [];
    for (let page = 1; items.length < limit; page++) {
      const result = await read(`${path}?size=200&page=${page}`);
      items.push(...result.items);
      if (page >= result.totalPages) break;
    }
    return items.slice(0, limit);
  }

  async function write(path, body) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (!token) {
      throw new Problem(401, {title: 'No token', detail: 'Paste an editor token above first.', errors: []});
    }
    const headers = {Accept: 'application/json', Authorization: `Bearer ${token}`};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(apiUrl(path), {method: 'POST', headers, cache: 'no-store',
        body: body === undefined ? undefined : JSON.stringify(body)});
    } catch (e) {
      throw new Problem(0, {title: 'The service could not be reached', detail: e.message, errors: []});
    }
    if (!response.ok) throw await problemOf(response);
    return {status: response.status, body: await response.json()};
  }

  /** A problem, readable: its title and status, what went wrong, and each wrong field. */
  function problemView(error) {
    const p = error instanceof Problem ? error.problem : {title: 'Something went wrong', detail: String(error)};
    const hint = error.status === 401 ? 'The token was missing or refused: paste a current editor token above.'
      : error.status === 403 ? 'This token may not review: it needs the editor or admin role.' : null;
    return [
      el('p', {className: 'problem-title'}, p.status ? `${p.title} (${p.status})` : p.title),
      p.detail ? el('p', {}, p.detail) : null,
      p.errors && p.errors.length
        ? el('ul', {className: 'field-errors'}, p.errors.map(e => el('li', {}, `${e.field}: ${e.message}`))) : null,
      hint ? el('p', {}, hint) : null
    ];
  }

  // ---- The token ----

  /** What a JWT says about itself, for the editor to see which token is in use; null when it is not one. */
  function claims(token) {
    try {
      const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(part.padEnd(Math.ceil(part.length / 4) * 4, '=')));
    } catch (e) {
      return null;
    }
  }

  function showToken() {
    const token = sessionStorage.getItem(TOKEN_KEY);
    $('forget').hidden = !token;
    if (!token) {
      $('token-status').textContent = 'No token yet: paste one to accept or reject. It is kept for this tab only.';
      return;
    }
    const c = claims(token) || {};
    const who = c.upn || c.sub;
    const roles = Array.isArray(c.groups) ? ` (${c.groups.join(', ')})` : '';
    const expired = typeof c.exp === 'number' && c.exp * 1000 < Date.now();
    const until = typeof c.exp === 'number' ? `, ${expired ? 'expired' : 'valid until'} ${when(c.exp * 1000)}` : '';
    $('token-status').textContent = `Token set for this tab${who ? `: ${who}${roles}` : ''}${until}.`;
  }

  function setUpToken() {
    $('token-form').addEventListener('submit', event => {
      event.preventDefault(); // never submitted: the token stays out of every URL
      const input = $('token');
      const token = input.value.trim().replace(/^Bearer\s+/i, '');
      input.value = '';
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      showToken();
      if (token && !loaded) start(); // the reads may have needed it
    });
    $('forget').addEventListener('click', () => {
      sessionStorage.removeItem(TOKEN_KEY);
      showToken();
      $('token').focus();
    });
    showToken();
  }

  // ---- The article ----

  function header(doc) {
    document.title = `Review: ${doc.title} · Parley`;
    $('title').textContent = doc.title;
    const source = doc.url && safeUrl(doc.url);
    fill($('meta'), [doc.outlet, doc.publishedOn].filter(Boolean).join(' · '),
      source ? [doc.outlet || doc.publishedOn ? ' · ' : '', el('a', {href: source, target: '_blank',
        rel: 'noopener noreferrer'}, 'original')] : null);
  }

  /**
   * The text with each suggested passage in a <mark>. Where passages overlap, or are the same passage (one statement
   * listing several positions), the shared stretch is one mark that belongs to every suggestion on it: it lists them
   * all (data-suggestions), says how many, and opens a chooser of their cards. Every mark is keyboard reachable.
   */
  function renderText(text) {
    const points = Array.from(text); // offsets count code points
    const spans = state.suggestions.map((s, i) => ({s, n: i + 1, start: s.citations[0].start,
      end: s.citations[0].end})).filter(x => x.start < x.end && x.end <= points.length);
    const cuts = [...new Set([0, points.length, ...spans.flatMap(x => [x.start, x.end])])].sort((a, b) => a - b);
    const nodes = [];
    state.marks.clear();
    let open = null; // the mark being extended while the same suggestions cover the next piece
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i];
      const to = cuts[i + 1];
      const piece = points.slice(from, to).join('');
      const over = spans.filter(x => x.start <= from && x.end >= to);
      const key = over.map(x => x.s.id).join(' ');
      if (!over.length) {
        open = null;
        nodes.push(piece);
        continue;
      }
      if (open && open.dataset.suggestions === key) {
        open.append(piece);
        continue;
      }
      open = passageMark(over, piece);
      over.forEach(x => {
        if (!state.marks.has(x.s.id)) state.marks.set(x.s.id, []);
        state.marks.get(x.s.id).push(open);
      });
      nodes.push(open);
    }
    fill($('text'), nodes);
  }

  /** A pending suggestion on a passage keeps it marked as pending; else accepted, else rejected. */
  function passageStatus(over) {
    const statuses = over.map(x => x.s.status);
    return ['PENDING', 'ACCEPTED', 'REJECTED'].find(st => statuses.includes(st)) || statuses[0];
  }

  function cardLabel(s, n) {
    const party = state.parties.get(s.party);
    const topic = state.topics.find(t => t.id === s.topic);
    return `Suggestion ${n}: ${party ? party.name : s.party} · ${s.kind.charAt(0)}${s.kind.slice(1).toLowerCase()}`
      + `${topic ? ` · ${topic.name}` : ''} (${s.status.toLowerCase()})`;
  }

  function passageMark(over, piece) {
    const several = over.length > 1;
    // Described, not labelled: a label would replace the article's own words for a screen reader.
    const label = several ? `Passage with ${over.length} suggestions: ${over.map(x => x.n).join(', ')}`
      : `Passage of suggestion ${over[0].n}`;
    const mark = el('mark', {'data-suggestions': over.map(x => x.s.id).join(' '), 'data-status': passageStatus(over),
      'data-count': several ? over.length : null, className: several ? 'several' : null, tabindex: '0',
      role: 'button', 'aria-description': label, title: several ? `${over.length} suggestions on this passage` : null},
    piece);
    const open = () => several ? choose(over, mark) : focusCard(over[0].s.id);
    mark.addEventListener('click', open);
    mark.addEventListener('keydown', event => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open();
      }
    });
    mark.addEventListener('focus', () => over.forEach(x => highlight(x.s.id, true)));
    mark.addEventListener('blur', () => over.forEach(x => highlight(x.s.id, false)));
    return mark;
  }

  /** The chooser of a passage several suggestions share: one button per card; Escape goes back to the passage. */
  function choose(over, mark) {
    let chooser = $('passage');
    if (!chooser) {
      chooser = el('div', {id: 'passage', className: 'passage', role: 'group', 'aria-labelledby': 'passage-heading'});
      $('cards').insertBefore(chooser, $('list'));
    }
    const close = () => {
      chooser.hidden = true;
      mark.focus();
    };
    const buttons = over.map(x => {
      const go = el('button', {type: 'button', className: 'go', 'data-suggestion': x.s.id}, cardLabel(x.s, x.n));
      go.addEventListener('click', () => {
        chooser.hidden = true;
        focusCard(x.s.id);
      });
      return el('li', {}, go);
    });
    const done = el('button', {type: 'button', className: 'close'}, 'Back to the article');
    done.addEventListener('click', close);
    fill(chooser, el('p', {id: 'passage-heading', className: 'passage-heading'},
      `${over.length} suggestions share this passage. Review each:`), el('ul', {}, buttons), done);
    chooser.onkeydown = event => {
      if (event.key === 'Escape') close();
    };
    chooser.hidden = false;
    chooser.querySelector('button.go').focus();
  }

  function highlight(id, on) {
    (state.marks.get(id) || []).forEach(m => m.classList.toggle('current', on));
  }

  function showPassage(id) {
    const marks = state.marks.get(id) || [];
    if (marks.length) {
      marks[0].scrollIntoView({block: 'center'});
      marks[0].focus();
    }
    highlight(id, true);
  }

  function focusCard(id) {
    const card = state.cards.get(id);
    if (!card) return;
    const heading = card.querySelector('h3');
    heading.focus();
    card.scrollIntoView({block: 'nearest'});
  }

  // ---- The cards ----

  function option(value, label, selected) {
    return el('option', {value, selected: selected ? 'selected' : null}, label);
  }

  function field(card, name, label, control) {
    const id = `${name}-${card.dataset.n}`;
    control.id = id;
    control.name = name;
    return el('div', {className: `field field-${name}`}, el('label', {for: id}, label), control);
  }

  function representatives(partyId) {
    const party = state.parties.get(partyId);
    return party ? party.representatives : [];
  }

  /** The party's representatives to choose from; a speaker the list lacks stays only when the suggestion gave it. */
  function speakerOptions(select, partyId, chosen) {
    const reps = representatives(partyId);
    fill(select, option('', '(none)', !chosen),
      reps.map(r => option(r.id, r.role ? `${r.name}, ${r.role}` : r.name, r.id === chosen)));
    if (chosen && !reps.some(r => r.id === chosen)) select.append(option(chosen, chosen, true));
  }

  function evidence(s) {
    const e = s.evidence || {};
    const bits = [];
    if (e.partyBy) bits.push(`attributed by “${e.partyBy}”${e.attribution ? ` (${e.attribution})` : ''}`);
    if (e.kindCues && e.kindCues.length) bits.push(`kind from ${e.kindCues.map(c => `“${c}”`).join(', ')}`);
    if (e.topicTerms && e.topicTerms.length) bits.push(`topic from ${e.topicTerms.map(t => `“${t}”`).join(', ')}`);
    bits.push(`confidence ${Math.round((s.confidence || 0) * 100)}%`);
    return el('p', {className: 'evidence'}, bits.join('; '));
  }

  function notes(s) {
    const out = [];
    if (s.proposedSpeaker) {
      const p = s.proposedSpeaker;
      out.push(el('p', {className: 'note'}, `The text names a speaker not among the party's representatives: `,
        el('strong', {}, p.name), p.role ? `, ${p.role}` : '', '.'));
    }
    if (s.corroborates && s.status === 'PENDING') {
      out.push(el('p', {className: 'note'}, 'Reports the same statement as position ',
        el('code', {}, s.corroborates), ': accepting adds this passage to it as a citation, unless you change the '
        + 'party.'));
    }
    return out;
  }

  /** Which other suggestions are on the same passage or overlap it, each a button to its card. */
  function sharing(s) {
    const mine = s.citations[0];
    const others = state.suggestions.map((o, i) => ({o, n: i + 1})).filter(({o}) => o.id !== s.id
      && o.citations[0].start < mine.end && mine.start < o.citations[0].end);
    if (!others.length) return [];
    const same = others.every(({o}) => o.citations[0].start === mine.start && o.citations[0].end === mine.end);
    const links = others.flatMap(({o, n}, i) => {
      const go = el('button', {type: 'button', className: 'link', 'data-suggestion': o.id}, `suggestion ${n}`);
      go.addEventListener('click', () => focusCard(o.id));
      return i ? [', ', go] : [go];
    });
    return [el('p', {className: 'note sharing'}, same ? 'Same passage as ' : 'Its passage overlaps ', links,
      ': one statement may report several positions; review each.')];
  }

  function renderCard(s, n) {
    const card = el('article', {className: 'card', 'data-suggestion': s.id, 'data-status': s.status,
      'data-n': n, 'aria-labelledby': `card-${n}-heading`});
    card.addEventListener('focusin', () => highlight(s.id, true));
    card.addEventListener('focusout', () => highlight(s.id, false));
    card.addEventListener('mouseenter', () => highlight(s.id, true));
    card.addEventListener('mouseleave', () => highlight(s.id, false));
    const heading = el('h3', {id: `card-${n}-heading`, tabindex: '-1'},
      `Suggestion ${n} of ${state.suggestions.length}`, ' ', el('span', {className: 'badge'}, s.status.toLowerCase()));
    const quote = el('blockquote', {className: 'quote'}, s.citations[0].quote);
    const outcome = el('div', {className: 'outcome', id: `card-${n}-outcome`, tabindex: '-1'});
    const show = el('button', {type: 'button', className: 'show'}, 'Show in article');
    show.addEventListener('click', () => showPassage(s.id));
    card.append(heading, quote, evidence(s), ...notes(s), ...sharing(s));
    if (s.status === 'PENDING') {
      card.append(editor(card, s, outcome), outcome);
      card.querySelector('.actions').append(show);
    } else {
      card.append(reviewed(s), el('div', {className: 'actions'}, show), outcome);
    }
    return card;
  }

  /** The fields, as the suggestion has them, and the accept and reject buttons. */
  function editor(card, s, outcome) {
    const party = el('select', {}, [...state.parties.values()].map(p => option(p.id, p.name, p.id === s.party)));
    if (!state.parties.has(s.party)) party.append(option(s.party, s.party, true));
    const speaker = el('select', {});
    speakerOptions(speaker, s.party, s.speaker);
    party.addEventListener('change', () => speakerOptions(speaker, party.value,
      representatives(party.value).some(r => r.id === speaker.value) ? speaker.value : ''));
    const topic = el('select', {}, option('', '(choose a topic)', !s.topic),
      state.topics.map(t => option(t.id, t.name, t.id === s.topic)));
    const kind = el('select', {}, KINDS.map(k => option(k, k.charAt(0) + k.slice(1).toLowerCase(), k === s.kind)));
    const summary = el('textarea', {rows: '3', maxlength: '1000'});
    summary.value = s.summary || '';
    const respondsTo = el('input', {type: 'text', list: 'positions', spellcheck: 'false',
      placeholder: 'a position id, or empty'});
    const accept = el('button', {type: 'button', className: 'accept'}, 'Accept');
    const reject = el('button', {type: 'button', className: 'reject'}, 'Reject');
    const controls = {party, speaker, topic, kind, summary, respondsTo};
    accept.addEventListener('click', () => review(s, card, outcome, controls, [accept, reject], 'accept'));
    reject.addEventListener('click', () => review(s, card, outcome, controls, [accept, reject], 'reject'));
    return el('div', {className: 'editor'},
      el('div', {className: 'fields'},
        field(card, 'party', 'Party', party), field(card, 'speaker', 'Speaker', speaker),
        field(card, 'topic', 'Topic', topic), field(card, 'kind', 'Kind', kind),
        field(card, 'summary', 'Summary', summary), field(card, 'respondsTo', 'Responds to', respondsTo)),
      el('div', {className: 'actions'}, accept, reject));
  }

  function reviewed(s) {
    const party = state.parties.get(s.party);
    const position = s.position ? safeUrl(apiUrl(`api/positions/${encodeURIComponent(s.position)}`)) : null;
    return el('div', {className: 'reviewed'},
      el('p', {}, `${s.status === 'ACCEPTED' ? 'Accepted' : 'Rejected'}`,
        s.reviewedBy ? ` by ${s.reviewedBy}` : '', s.reviewedAt ? ` at ${when(s.reviewedAt)}` : '',
        s.position ? ['; position ', el('a', {href: position, className: 'position'}, s.position)] : '', '.'),
      el('p', {className: 'summary'}, `${party ? party.name : s.party} · ${s.kind}`,
        s.topic ? ` · ${s.topic}` : '', ': ', s.summary));
  }

  function fieldOf(problemField) {
    const name = String(problemField || '').replace(/^\//, '').split(/[./[]/)[0];
    return ['party', 'speaker', 'topic', 'kind', 'summary', 'respondsTo'].includes(name) ? name : null;
  }

  async function review(s, card, outcome, controls, buttons, action) {
    Object.values(controls).forEach(c => c.removeAttribute('aria-invalid'));
    buttons.forEach(b => { b.disabled = true; });
    fill(outcome, el('p', {className: 'pending'}, action === 'accept' ? 'Accepting…' : 'Rejecting…'));
    try {
      const body = action === 'accept' ? {
        party: controls.party.value,
        speaker: controls.speaker.value, // '' clears the speaker
        topic: controls.topic.value || null,
        kind: controls.kind.value,
        summary: controls.summary.value,
        respondsTo: controls.respondsTo.value.trim() // '' for none
      } : undefined;
      const result = await write(`api/suggestions/${encodeURIComponent(s.id)}/${action}`, body);
      if (action === 'accept') addPosition(result.body);
      const n = Number(card.dataset.n);
      await refresh();
      const done = state.suggestions.find(x => x.id === s.id);
      const message = action === 'reject' ? `Suggestion ${n} rejected.` : result.status === 201
        ? `Suggestion ${n} accepted: position ${result.body.id} created.`
        : `Suggestion ${n} accepted: cited in position ${result.body.id}.`;
      $('status').textContent = message;
      const fresh = state.cards.get(done ? done.id : s.id);
      if (fresh) {
        const freshOutcome = fresh.querySelector('.outcome');
        fill(freshOutcome, el('p', {className: 'done'}, message));
        freshOutcome.focus();
      }
    } catch (error) {
      buttons.forEach(b => { b.disabled = false; });
      fill(outcome, el('div', {className: 'problem', role: 'alert'}, problemView(error)));
      const wrong = (error.problem && error.problem.errors || []).map(e => fieldOf(e.field)).filter(Boolean);
      wrong.forEach(name => controls[name].setAttribute('aria-invalid', 'true'));
      if (error.status === 409) await refresh().catch(() => {});
      else if (error.status === 401 && !sessionStorage.getItem(TOKEN_KEY)) $('token').focus();
      else if (wrong.length) controls[wrong[0]].focus();
      else outcome.focus();
    }
  }

  function addPosition(p) {
    if (!p || !p.id) return;
    const list = $('positions');
    if ([...list.options].some(o => o.value === p.id)) return;
    list.append(el('option', {value: p.id, label: positionLabel(p)}));
  }

  function positionLabel(p) {
    const party = p.party && p.party.name ? p.party.name : '';
    return `${party} · ${p.kind} · ${String(p.summary || '').slice(0, 80)}`;
  }

  // ---- Loading ----

  let text = '';

  function render() {
    renderText(text);
    state.cards.clear();
    const cards = state.suggestions.map((s, i) => {
      const card = renderCard(s, i + 1);
      state.cards.set(s.id, card);
      return card;
    });
    const pending = state.suggestions.filter(s => s.status === 'PENDING').length;
    fill($('list'), cards.length ? cards : el('p', {className: 'empty'}, 'Nothing was suggested from this article.'));
    return `${state.suggestions.length} suggestions, ${pending} pending.`;
  }

  /** Reads the suggestions again; a card being edited keeps its fields, reviewed ones show how they ended. */
  async function refresh() {
    const fresh = await read(`api/documents/${encodeURIComponent(documentId)}/suggestions`);
    const before = new Map(state.suggestions.map(s => [s.id, s.status]));
    state.suggestions = fresh;
    const changed = fresh.filter(s => before.get(s.id) !== s.status || !state.cards.has(s.id));
    if (changed.length === 0) return;
    if (fresh.length !== before.size || fresh.some(s => !before.has(s.id))) {
      render();
      return;
    }
    renderText(text);
    for (const s of changed) {
      const old = state.cards.get(s.id);
      const card = renderCard(s, Number(old.dataset.n));
      old.replaceWith(card);
      state.cards.set(s.id, card);
    }
  }

  async function load() {
    if (!/^[a-z0-9][a-z0-9_.-]{0,63}$/.test(documentId)) {
      throw new Problem(404, {title: 'Not Found', detail: 'This is not a document id.', errors: []});
    }
    const path = `api/documents/${encodeURIComponent(documentId)}`;
    const [doc, suggestions, parties, topics] = await Promise.all([read(path), read(`${path}/suggestions`),
      readAll('api/parties', 1000), readAll('api/topics', 1000)]);
    header(doc);
    text = doc.text || '';
    parties.forEach(p => state.parties.set(p.id, p));
    state.topics = topics;
    state.suggestions = suggestions;
    $('status').textContent = render();
    // The respondsTo choices can come later: the field takes any id meanwhile.
    readAll('api/positions', MAX_POSITIONS).then(positions => positions.forEach(addPosition)).catch(() => {});
  }

  let loaded = false;
  const page = $('review').cloneNode(true); // to start again after a failed load

  function start() {
    $('review').replaceWith(page.cloneNode(true));
    load().then(() => { loaded = true; }).catch(error => {
      $('title').textContent = 'Could not load this document';
      fill($('status'));
      fill($('review'), el('div', {className: 'problem', role: 'alert'}, problemView(error)));
    });
  }

  setUpToken();
  start();
})();

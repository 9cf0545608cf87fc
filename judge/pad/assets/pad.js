// judge pad: saves the notepads as the candidate types (half a second
// after the last keystroke, at least every two seconds while typing),
// picks up an editor's saves, and shows the clock and the stage from the
// judge, which polls once a second. Nothing here runs code.
'use strict';

const session = document.body.dataset.session;
const pads = {}; // key -> {ta, version, dirty, since, timer, saving}
let phase = document.body.dataset.phase;
let overtimeOK = false;
let escaped = false;

for (const ta of document.querySelectorAll('textarea.notepad')) {
  const key = ta.dataset.key;
  pads[key] = {ta, version: ta.dataset.version, dirty: false, since: 0, timer: 0, saving: false};
  ta.addEventListener('keydown', onKey);
  ta.addEventListener('input', () => edited(key));
}

for (const b of document.querySelectorAll('[data-tab]')) {
  b.addEventListener('click', () => showTab(b.dataset.tab));
}

function showTab(key) {
  for (const b of document.querySelectorAll('[data-tab]')) b.classList.toggle('active', b.dataset.tab === key);
  for (const el of document.querySelectorAll('.file, .statement-of')) el.hidden = el.dataset.key !== key;
  pads[key].ta.focus();
}

// Tab inserts a tab, as in a pad; Esc then Tab moves on, for the keyboard.
function onKey(e) {
  if (e.key === 'Escape') { escaped = true; return; }
  if (e.key === 'Tab' && !escaped && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
    e.preventDefault();
    const ta = e.target;
    if (ta.readOnly) return;
    // insertText keeps the browser's undo; setRangeText where it is gone.
    if (!document.execCommand('insertText', false, '\t')) {
      ta.setRangeText('\t', ta.selectionStart, ta.selectionEnd, 'end');
      ta.dispatchEvent(new Event('input'));
    }
  }
  escaped = false;
}

function edited(key) {
  const p = pads[key];
  if (!p.dirty) p.since = Date.now();
  p.dirty = true;
  setSaved('unsaved');
  clearTimeout(p.timer);
  const wait = Date.now() - p.since > 2000 ? 0 : 500;
  p.timer = setTimeout(() => save(key), wait);
}

async function save(key) {
  const p = pads[key];
  if (p.saving) { p.timer = setTimeout(() => save(key), 200); return; }
  if (!p.dirty) return;
  p.saving = true;
  p.dirty = false;
  let retry = false;
  const text = p.ta.value;
  setSaved('saving…');
  try {
    const r = await post('api/save', {key, text, base: p.version, overtime: overtimeOK});
    const body = await r.json();
    if (r.ok) {
      p.version = body.version;
    } else if (body.reason === 'conflict') {
      const mine = text;
      replaceText(p, body.text, body.version);
      notify(body.error, 'Put my text back', () => { p.ta.value = mine; edited(key); hideNotice(); });
    } else if (body.reason === 'time_up') {
      p.dirty = true;
      setReadOnly(true);
      notify('Time is up: the notepad is closed. An edit from now on counts as overtime.', 'Edit anyway (overtime)', () => {
        overtimeOK = true; setReadOnly(false); hideNotice(); save(key);
      });
    } else {
      p.dirty = retry = true;
      notify(body.error || ('save failed: ' + r.status), '', null, true);
    }
  } catch (err) {
    p.dirty = retry = true;
    notify('The judge is not answering (is `judge pad` still running?). Your text is kept here.', '', null, true);
  } finally {
    p.saving = false;
  }
  if (!anyDirty()) setSaved('saved');
  else if (retry) p.timer = setTimeout(() => save(key), 1000);
}

function anyDirty() { return Object.values(pads).some(p => p.dirty || p.saving); }

async function flush() {
  for (const key of Object.keys(pads)) {
    clearTimeout(pads[key].timer);
    if (pads[key].dirty) await save(key);
  }
}

function post(url, body) {
  return fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
}

// replaceText puts the file's text in the notepad, keeping the cursor
// where it was as far as the text allows.
function replaceText(p, text, version) {
  const {selectionStart: s, selectionEnd: e} = p.ta;
  p.ta.value = text;
  p.ta.setSelectionRange(Math.min(s, text.length), Math.min(e, text.length));
  p.version = version;
}

function setSaved(s) { document.getElementById('saved').textContent = s; }

function setReadOnly(ro) { for (const p of Object.values(pads)) p.ta.readOnly = ro; }

function notify(text, action, fn, error) {
  const n = document.getElementById('notice');
  document.getElementById('notice-text').textContent = text;
  const b = document.getElementById('notice-act');
  b.hidden = !action;
  b.textContent = action || '';
  b.onclick = fn;
  n.classList.toggle('error', !!error);
  n.hidden = false;
}

function hideNotice() { document.getElementById('notice').hidden = true; }

async function poll() {
  let st;
  try {
    const r = await fetch('api/state');
    if (r.status === 409) { location.reload(); return; } // the round is gone
    if (!r.ok) throw new Error('state: ' + r.status);
    st = await r.json();
  } catch (err) {
    document.getElementById('clock').textContent = 'offline';
    return;
  }
  if (st.session !== session) { location.reload(); return; }
  show(st);
  for (const n of st.notepads) {
    const p = pads[n.key];
    if (!p || p.dirty || p.saving || n.version === p.version) continue;
    // Changed on disk: an editor's save. The file is the source of truth.
    const r = await fetch('api/notepad?key=' + encodeURIComponent(n.key));
    if (!r.ok) continue;
    const f = await r.json();
    if (!p.dirty && !p.saving) {
      replaceText(p, f.text, f.version);
      setSaved('updated from disk');
    }
  }
}

function show(st) {
  const clock = document.getElementById('clock');
  clock.textContent = st.clock;
  clock.classList.toggle('low', st.phase === 'notepad' && st.remaining_seconds <= 120);
  clock.classList.toggle('over', st.phase === 'time_up');
  document.title = st.clock + ' · judge pad';
  const name = document.getElementById('stage-name');
  name.textContent = st.stage ? st.stage.name : (st.phase === 'judged' ? 'judged' : 'time is up');
  document.getElementById('stage-span').textContent = st.stage ? st.stage.span : '';
  document.getElementById('stage-prompt').textContent = st.stage ? st.stage.prompt :
    (st.phase === 'time_up' ? 'Submit to judge your files.' : '');
  const now = st.stage ? st.stage.index : (st.phase === 'notepad' ? -1 : 1e9);
  for (const li of document.querySelectorAll('#plan li[data-index]')) {
    const i = Number(li.dataset.index);
    li.classList.toggle('now', i === now);
    li.classList.toggle('done', i < now);
  }
  if (st.phase !== phase) {
    if (st.phase === 'time_up') {
      flush();
      if (!overtimeOK) {
        setReadOnly(true);
        notify('Time is up: the notepad is closed. Submit to judge it; an edit from now on counts as overtime.', 'Edit anyway (overtime)', () => {
          overtimeOK = true; setReadOnly(false); hideNotice();
        });
      }
    }
    phase = st.phase;
  }
  if (st.result) showResult(st.result);
  const next = document.getElementById('next');
  next.hidden = !st.next;
  if (st.next && !next.disabled) next.textContent = 'Start ' + st.next;
}

function showResult(res) {
  const sec = document.getElementById('result');
  document.getElementById('result-head').textContent = res.passed ? 'Round passed' : 'Round not passed';
  document.getElementById('result-text').textContent = res.text;
  sec.classList.toggle('passed', res.passed);
  sec.classList.toggle('failed', !res.passed);
  sec.hidden = false;
  setReadOnly(true);
  hideNotice();
  const b = document.getElementById('submit');
  b.disabled = true;
  b.textContent = 'Judged';
  b.classList.remove('confirm');
}

// Submit asks once more, then saves what is typed and judges the round,
// as `judge submit` does.
const submit = document.getElementById('submit');
let confirmTimer = 0;
submit.addEventListener('click', async () => {
  if (!submit.classList.contains('confirm')) {
    submit.classList.add('confirm');
    submit.textContent = phase === 'notepad' ? 'End the round and judge?' : 'Judge now?';
    confirmTimer = setTimeout(() => { submit.classList.remove('confirm'); submit.textContent = 'Submit'; }, 5000);
    return;
  }
  clearTimeout(confirmTimer);
  submit.classList.remove('confirm');
  submit.disabled = true;
  submit.textContent = 'Judging…';
  await flush();
  try {
    const r = await post('api/submit', {});
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ('submit failed: ' + r.status));
    show(body);
  } catch (err) {
    submit.disabled = false;
    submit.textContent = 'Submit';
    notify(String(err.message || err), '', null, true);
  }
});

// In a loop, the next round starts from here as from the terminal's
// `judge submit --next`; the page then shows it.
const nextButton = document.getElementById('next');
nextButton.addEventListener('click', async () => {
  nextButton.disabled = true;
  nextButton.textContent = 'Starting…';
  try {
    const r = await post('api/next', {});
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ('next failed: ' + r.status));
    location.reload();
  } catch (err) {
    nextButton.disabled = false;
    notify(String(err.message || err), '', null, true);
  }
});

window.addEventListener('beforeunload', e => { if (anyDirty()) { flush(); e.preventDefault(); } });

const judged = document.getElementById('result');
if (!judged.hidden) {
  judged.classList.add(document.getElementById('result-head').textContent === 'Round passed' ? 'passed' : 'failed');
  document.getElementById('submit').textContent = 'Judged';
}
if (phase === 'notepad') pads[Object.keys(pads)[0]].ta.focus();
if (phase === 'time_up') {
  notify('Time is up: the notepad is closed. Submit to judge it; an edit from now on counts as overtime.', 'Edit anyway (overtime)', () => {
    overtimeOK = true; setReadOnly(false); hideNotice();
  });
}
poll();
setInterval(poll, 1000);

// judge pad's replay: a slider over the round's time; each position shows
// every notepad as it was then, from the round's edit log.
'use strict';

const slider = document.getElementById('slider');
const play = document.getElementById('play');
let data = null;
let timer = 0;
let pending = 0;

function clock(sec) {
  sec = Math.floor(sec);
  const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = sec % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

function stageAt(ms) {
  if (ms >= data.duration_ms) return 'after the deadline';
  const st = data.plan.find(s => ms >= s.start_ms && ms < s.end_ms);
  if (!st) return '—';
  const multi = new Set(data.plan.map(s => s.notepad)).size > 1;
  return (multi ? st.notepad.split('/')[0] + ' · ' : '') + st.name;
}

async function showAt(sec) {
  const ms = sec * 1000;
  document.getElementById('at').textContent = clock(sec);
  document.getElementById('at-stage').textContent = stageAt(ms);
  const mine = ++pending;
  const r = await fetch('api/replay/at?ms=' + ms);
  if (!r.ok || mine !== pending) return;
  const files = await r.json();
  const saved = [];
  for (const f of files) {
    const pre = document.querySelector(`pre.code[data-key="${CSS.escape(f.key)}"]`);
    if (pre) pre.textContent = f.text;
    saved.push(`${f.name}: ${f.by === 'start' ? 'as the round began' : 'saved at ' + clock(f.saved_ms / 1000) + (f.by === 'pad' ? ' in the pad' : ' in an editor')}`);
  }
  document.getElementById('at-saved').textContent = saved.join(' · ');
}

function step(dir) {
  const now = Number(slider.value) * 1000;
  const times = data.snapshots.map(s => s.ms).filter(ms => dir > 0 ? ms > now + 999 : ms < now);
  if (times.length === 0) return;
  const ms = dir > 0 ? Math.min(...times) : Math.max(...times);
  slider.value = Math.floor(ms / 1000);
  showAt(Number(slider.value));
}

function stop() { clearInterval(timer); timer = 0; play.textContent = 'Play'; }

play.addEventListener('click', () => {
  if (timer) { stop(); return; }
  if (Number(slider.value) >= Number(slider.max)) slider.value = 0;
  play.textContent = 'Pause';
  timer = setInterval(() => {
    const speed = Number(document.getElementById('speed').value);
    const next = Math.min(Number(slider.value) + speed / 5, Number(slider.max));
    slider.value = next;
    showAt(Math.floor(next));
    if (next >= Number(slider.max)) stop();
  }, 200);
});
slider.addEventListener('input', () => showAt(Number(slider.value)));
document.getElementById('prev').addEventListener('click', () => step(-1));
document.getElementById('next').addEventListener('click', () => step(1));

(async () => {
  const r = await fetch('api/replay');
  if (!r.ok) {
    document.getElementById('at-saved').textContent = 'This round has no edit log.';
    return;
  }
  data = await r.json();
  slider.max = Math.ceil(Math.max(data.duration_ms, data.end_ms) / 1000);
  slider.value = Math.floor(data.end_ms / 1000);
  showAt(Number(slider.value));
})();

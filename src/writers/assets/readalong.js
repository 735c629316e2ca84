/* dauys read-along page. Every sentence is a <span class="s"> with its start and end in the
 * book (data-b, data-e: seconds, as in the book's WebVTT); every chapter a <section> with its MP3
 * (data-file) and its start in the book (data-start). The sentence being heard is marked
 * (class "now", aria-current) and kept in view; a click on a sentence plays from it; space plays
 * and pauses, the left and right arrows go to the previous and next sentence; #t=SECONDS opens
 * the page at that moment of the book; speed, text size, contrast and the last position are
 * remembered. Nothing is announced on every change: a screen reader reads the text itself. */
(function () {
  'use strict';
  var audio = document.getElementById('audio');
  var playButton = document.getElementById('play');
  var sents = Array.prototype.slice.call(document.querySelectorAll('main .s'));
  var chapters = Array.prototype.slice.call(document.querySelectorAll('main section'));
  var key = 'dauys:' + location.pathname;
  var cur = -1;   /* the sentence marked */
  var chap = -1;  /* the chapter loaded */
  var pos = 0;    /* where in the book (seconds) the reader is */

  function num(el, name) { return parseFloat(el.getAttribute(name)); }
  function store(name, value) { try { localStorage.setItem(key + ':' + name, String(value)); } catch (e) { /* private mode */ } }
  function stored(name) { try { return localStorage.getItem(key + ':' + name); } catch (e) { return null; } }

  /* the chapter that holds book time t: the last one starting at or before it */
  function chapterAt(t) {
    var c = 0;
    for (var i = 0; i < chapters.length; i++)
      if (num(chapters[i], 'data-start') <= t + 0.0005) c = i;
    return c;
  }
  /* the sentence being read at book time t: the last one of its chapter starting at or before
   * it (none while a chapter's title is read) */
  function sentenceAt(t) {
    var lo = 0, hi = sents.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (num(sents[mid], 'data-b') <= t + 0.0005) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found >= 0 && sents[found].closest('section') === chapters[chapterAt(t)] ? found : -1;
  }
  function bookTime() { return chap < 0 ? 0 : num(chapters[chap], 'data-start') + audio.currentTime; }

  /* marks sentence i; scroll: bring it into view ('smooth' while reading, 'auto' at once) */
  function mark(i, scroll) {
    if (i === cur) return;
    if (cur >= 0) { sents[cur].classList.remove('now'); sents[cur].removeAttribute('aria-current'); }
    cur = i;
    if (i < 0) return;
    sents[i].classList.add('now');
    sents[i].setAttribute('aria-current', 'true');
    if (scroll) {
      var r = sents[i].getBoundingClientRect();
      if (r.top < window.innerHeight * 0.25 || r.bottom > window.innerHeight * 0.85)
        sents[i].scrollIntoView({ block: 'center', behavior: scroll });
    }
  }

  function load(c) {
    if (c === chap) return;
    chap = c;
    audio.src = chapters[c].getAttribute('data-file');
    audio.playbackRate = audio.defaultPlaybackRate;
  }

  /* goes to book time t; plays from there when play is true */
  function seek(t, play) {
    var c = chapterAt(t);
    load(c);
    var local = Math.max(0, t - num(chapters[c], 'data-start'));
    var go = function () {
      audio.currentTime = local;
      if (play) audio.play().catch(function () {});
    };
    if (audio.readyState >= 1) go(); else audio.addEventListener('loadedmetadata', go, { once: true });
    pos = t;
    mark(sentenceAt(t), play ? 'smooth' : 'auto');
    store('t', t.toFixed(3));
  }

  /* the next sentence (by 1) or the one before (by -1); from a title, the chapter's first one */
  function step(by) {
    var i;
    if (cur >= 0) {
      i = cur + by;
    } else {
      i = 0;
      while (i < sents.length && num(sents[i], 'data-b') <= pos + 0.0005) i++;
      if (by < 0) i--;
    }
    i = Math.min(sents.length - 1, Math.max(0, i));
    seek(num(sents[i], 'data-b'), !audio.paused);
  }

  function showPlaying() {
    var playing = !audio.paused;
    playButton.textContent = playing ? '\u2016' : '\u25B6';
    playButton.setAttribute('aria-label', playing ? playButton.getAttribute('data-pause') : playButton.getAttribute('data-play'));
  }
  function toggle() {
    if (chap < 0) seek(cur >= 0 ? num(sents[cur], 'data-b') : 0, true);
    else if (audio.paused) audio.play().catch(function () {});
    else audio.pause();
  }

  audio.addEventListener('timeupdate', function () {
    if (chap < 0 || audio.seeking) return;
    var t = bookTime();
    pos = t;
    mark(sentenceAt(t), 'smooth');
    store('t', t.toFixed(3));
  });
  audio.addEventListener('play', showPlaying);
  audio.addEventListener('pause', showPlaying);
  audio.addEventListener('ended', function () {
    if (chap + 1 < chapters.length) seek(num(chapters[chap + 1], 'data-start'), true);
  });

  document.querySelector('main').addEventListener('click', function (e) {
    var s = e.target.closest ? e.target.closest('.s') : null;
    if (s) seek(num(s, 'data-b'), true);
  });
  Array.prototype.forEach.call(document.querySelectorAll('nav a[data-c]'), function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      seek(num(chapters[parseInt(a.getAttribute('data-c'), 10)], 'data-start'), !audio.paused);
    });
  });
  playButton.addEventListener('click', toggle);
  document.getElementById('prev').addEventListener('click', function () { step(-1); });
  document.getElementById('next').addEventListener('click', function () { step(1); });
  document.addEventListener('keydown', function (e) {
    var tag = e.target && e.target.tagName;
    if (e.altKey || e.ctrlKey || e.metaKey || tag === 'SELECT' || tag === 'INPUT' || tag === 'TEXTAREA') return;
    if (e.key === ' ' && tag !== 'BUTTON' && tag !== 'A') { e.preventDefault(); toggle(); }
    else if (e.key === 'ArrowRight') { e.preventDefault(); step(1); }
    else if (e.key === 'ArrowLeft') { e.preventDefault(); step(-1); }
  });

  var speed = document.getElementById('speed');
  function setSpeed(v) {
    audio.defaultPlaybackRate = audio.playbackRate = v;
    speed.value = String(v);
    store('speed', v);
  }
  speed.addEventListener('change', function () { setSpeed(parseFloat(speed.value)); });

  var size = 1.25;
  function setSize(v) {
    size = Math.min(2.5, Math.max(1, v));
    document.documentElement.style.setProperty('--size', size + 'rem');
    store('size', size);
  }
  document.getElementById('bigger').addEventListener('click', function () { setSize(size + 0.25); });
  document.getElementById('smaller').addEventListener('click', function () { setSize(size - 0.25); });

  var contrast = document.getElementById('contrast');
  function setContrast(on) {
    document.body.classList.toggle('contrast', on);
    contrast.setAttribute('aria-pressed', on ? 'true' : 'false');
    store('contrast', on ? 1 : 0);
  }
  contrast.addEventListener('click', function () { setContrast(!document.body.classList.contains('contrast')); });

  /* where to start: #t=SECONDS, else where the reader left off */
  if (stored('speed')) setSpeed(parseFloat(stored('speed')));
  if (stored('size')) setSize(parseFloat(stored('size')));
  if (stored('contrast') === '1') setContrast(true);
  var m = /(?:^#|&)t=([0-9]+(?:\.[0-9]+)?)/.exec(location.hash);
  var start = m ? parseFloat(m[1]) : (stored('t') !== null ? parseFloat(stored('t')) : -1);
  if (start >= 0 && sents.length) seek(start, false);
  showPlaying();
})();

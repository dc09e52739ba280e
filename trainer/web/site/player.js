/* Faresignaler in the browser: the self-paced course from course.js (written by
   `trainer web`), with progress kept in localStorage, or in the learning platform
   through the SCORM 1.2 API when the page runs inside one. Plain JavaScript, no build
   step. Content HTML comes already made safe by the app's renderer; the page's
   Content-Security-Policy refuses scripts, styles and images from anywhere else. */
(function () {
  "use strict";

  var DATA = window.FARESIGNALER_COURSE;
  var STORE_KEY = "faresignaler.progress.v1";

  // ------------------------------------------------------------------ words
  // The words come with the course (DATA.words), taken by `trainer web` from the desktop
  // app's catalogues (trainer/web/words.py), so both say the same. Every word is asked for
  // with its key written out in the call of t, or of tn for a phrase with a number, never
  // a key made at run time: tests/web/test_web_words.py finds each one that way.
  var WORDS = DATA && DATA.words ? DATA.words : {};

  function word(key) {
    var words = WORDS[state.lang] || {};
    if (words[key] !== undefined) return words[key];
    var english = WORDS.en || {};
    return english[key] !== undefined ? english[key] : key; // English stands in, as in the app
  }

  function fill(text, args, from) {
    for (var i = from; i < args.length; i++) text = text.split("%" + (i - from + 1)).join(String(args[i]));
    return text;
  }

  function t(key) {
    return fill(String(word(key)), arguments, 1);
  }

  function tn(key, n) {
    // A phrase with Qt's %n: [one, other], chosen by the number (bokmål and English both
    // use the first form for 1 only); the other placeholders follow as %1, %2...
    var forms = word(key);
    var text = Array.isArray(forms) ? forms[n === 1 ? 0 : 1] : String(forms);
    return fill(text.split("%n").join(String(n)), arguments, 2);
  }

  function otherLang() {
    // The language the switch offers: the site's other one (bokmål and English).
    var langs = Object.keys(DATA.langs);
    for (var i = 0; i < langs.length; i++) if (langs[i] !== state.lang) return langs[i];
    return null;
  }

  function languageName(code) {
    var words = WORDS[code] || {};
    return words.languageName || code;
  }

  function audienceLabel(audience) {
    if (audience === "teacher") return t("teacher");
    if (audience === "parent") return t("parent");
    if (audience === "officer") return t("officer");
    return audience;
  }

  function kindName(kind) {
    if (kind === "page") return t("read");
    if (kind === "scenario") return t("scenario");
    if (kind === "quiz") return t("quiz");
    return kind;
  }

  // ------------------------------------------------------------------ small DOM helpers

  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === undefined || value === null || value === false) return;
        if (name === "text") node.textContent = value;
        else if (name === "html") node.innerHTML = value; // only the renderer's HTML from course.js
        else if (name === "onclick") node.addEventListener("click", value);
        else if (name === "className") node.className = value;
        else node.setAttribute(name, value === true ? "" : value);
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function button(label, onclick, attrs) {
    var node = el("button", attrs || {}, label);
    node.type = "button";
    node.addEventListener("click", onclick);
    return node;
  }

  var liveRegion, mainArea, dialog;

  function announce(text) {
    // Cleared first, so the same words said twice are still read out.
    liveRegion.textContent = "";
    window.setTimeout(function () { liveRegion.textContent = text; }, 50);
  }

  function plain(html) {
    var holder = document.createElement("div");
    holder.innerHTML = html;
    return holder.textContent.replace(/\s+/g, " ").trim();
  }

  // ------------------------------------------------------------------ progress

  var lms = null; // the platform's SCORM 1.2 API, when the page is connected to one
  var lmsHost = null; // the platform's window that holds it
  // What the learner must be told about where their progress goes: "" all is well;
  // "none": a package with no working platform API (kept in this browser only);
  // "failed": the platform refused the last save; "local": this browser would not keep
  // it; "unreadable": saved progress could not be read and the course started again
  // (what was saved is kept aside); "unreadableLost": the same, and this browser would
  // not keep the copy aside.
  var trouble = "";
  var troubleCode = "";
  var lmsStartStatus = "";
  var state;

  function freshState(lang) {
    return { v: 1, lang: lang, course: null, screen: "overview", module: null, last: null,
      mods: {}, runs: {}, quiz: {} };
  }

  function findLms() {
    // The SCORM 1.2 way: an object called API on a parent (or opener) window.
    var places = [];
    var win = window;
    for (var depth = 0; depth < 8 && win; depth++) {
      places.push(win);
      if (win.parent === win) break;
      win = win.parent;
    }
    if (window.opener) places.push(window.opener);
    for (var i = 0; i < places.length; i++) {
      try {
        if (places[i].API && typeof places[i].API.LMSInitialize === "function") { lmsHost = places[i]; return places[i].API; }
      } catch (e) { /* another origin: not ours to use */ }
    }
    return null;
  }

  function defaultLang() {
    var langs = Object.keys(DATA.langs);
    var wanted = (navigator.language || "").toLowerCase().slice(0, 2);
    if ((wanted === "nb" || wanted === "no" || wanted === "nn") && DATA.langs.nb) return "nb";
    if (DATA.langs.nb) return "nb";
    return langs[0];
  }

  // Progress in this browser: one key for each export (its courses and languages), as every
  // page opened from disk shares one localStorage. Before exports had a name, all used the
  // first key; such progress is still taken up when it fits this export's modules, and so
  // is progress an earlier export of the same courses kept under its own name.
  var LEGACY_KEY = "faresignaler.progress.v1";
  var STORE_KEY = DATA && DATA.site ? LEGACY_KEY + ":" + DATA.site : LEGACY_KEY;

  function readLocal(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  function writeLocal(key, value) {
    try { window.localStorage.setItem(key, value); return true; } catch (e) { return false; }
  }

  // SCORM 1.2 has one session per launch: after LMSFinish a SCO may call no function but
  // the error ones, and LMSInitialize again is not allowed (only the platform starts a new
  // session, by launching the SCO again). The frame reloaded on its own, with the
  // platform's page and its API staying, is no new launch: its session ended when the old
  // page left. The old page marks the API it finished (the API object outlives the frame's
  // page) and leaves its progress in this tab's sessionStorage, so the new page makes no
  // call at all and goes on where the learner was, kept in the browser as after Back.
  // The mark is the finished API itself, kept on the platform's window that holds it (an
  // API object may be sealed; a window is not): a new launch brings a new API object.
  var ENDED_KEY = STORE_KEY + ":ended";
  var ENDED_MARK = "faresignalerFinishedApi";
  var lmsEnded = false;  // this page's platform session is over: progress is kept here

  function readSession(key) {
    try { return window.sessionStorage.getItem(key); } catch (e) { return null; }
  }

  function writeSession(key, value) {
    try { window.sessionStorage.setItem(key, value); } catch (e) { /* a reload then finds only what localStorage kept */ }
  }

  function removeSession(key) {
    try { window.sessionStorage.removeItem(key); } catch (e) { /* nothing kept */ }
  }

  function finishedHere(api) {
    // True when this frame's earlier page finished its session with this very API.
    try { return !!lmsHost && lmsHost[ENDED_MARK] === api; } catch (e) { return false; }
  }

  function siteCourses(site) {
    // The course ids in an export's name: "foreldre,laerer/en,nb" (data.py's site_id).
    var ids = String(site || "").split("/")[0];
    return ids ? ids.split(",") : [];
  }

  function keepLocal() {
    // This export's progress, stamped with when it was kept: of several earlier exports'
    // progress the newest is taken up (previousProgress).
    state.at = Date.now();
    return writeLocal(STORE_KEY, JSON.stringify(state));
  }

  function previousProgress() {
    // Exported again with a course or a language added, the export has a new name, and the
    // learner's progress seemed lost. Progress an earlier export with a course in common
    // kept under its name is taken up, where some of its modules are this export's; of
    // several, the one kept last (then the one with most modules here). The fresh start
    // "Erase my progress" keeps counts too, as the newest: erased progress stays erased.
    var prefix = LEGACY_KEY + ":", mine = siteCourses(DATA.site), best = null, keys = [];
    try {
      for (var i = 0; i < window.localStorage.length; i++) keys.push(window.localStorage.key(i));
    } catch (e) { return null; }
    keys.forEach(function (key) {
      if (!key || key.indexOf(prefix) !== 0 || key === STORE_KEY) return;
      var site = key.slice(prefix.length);
      if (site.indexOf(":") >= 0) return;  // kept aside (":unreadable"), not progress
      if (!siteCourses(site).some(function (id) { return mine.indexOf(id) >= 0; })) return;
      var raw = readLocal(key), saved = parsed(raw);
      if (!saved || saved.v !== 1) return;
      var fits = fittingModules(saved);
      if (!fits && Object.keys(saved.mods && typeof saved.mods === "object" ? saved.mods : {}).length) return;
      var at = typeof saved.at === "number" ? saved.at : 0;
      if (!best || at > best.at || (at === best.at && fits > best.fits)) best = { raw: raw, at: at, fits: fits };
    });
    return best ? best.raw : null;
  }

  function earlierProgress() {
    // Progress kept under the name every export once shared, where some of its modules are
    // this export's: a learner who used two exports kept both's progress there, and while
    // every module had to fit, neither export took it up.
    var raw = readLocal(LEGACY_KEY), saved = parsed(raw);
    return saved && saved.v === 1 && fittingModules(saved) > 0 ? raw : null;
  }

  function fittingModules(saved) {
    return Object.keys(saved && saved.mods ? saved.mods : {}).filter(function (id) {
      return Object.keys(DATA.langs).some(function (code) { return !!DATA.langs[code].modules[id]; });
    }).length;
  }

  function fitsThisSite(saved) {
    // Every module the saved progress names is one of this export's.
    var ids = Object.keys(saved && saved.mods ? saved.mods : {});
    if (!ids.length) return false;
    return ids.every(function (id) {
      return Object.keys(DATA.langs).some(function (code) { return !!DATA.langs[code].modules[id]; });
    });
  }

  function parsed(raw) {
    try { return raw ? JSON.parse(raw) : null; } catch (e) { return undefined; }
  }

  function succeeded(result) {
    return result === true || result === "true";
  }

  function lmsDo(name, element, value) {
    // One call to the platform; false when it throws or answers "false".
    try { return succeeded(lms[name](element === undefined ? "" : element, value)); } catch (e) { return false; }
  }

  function lmsErrorCode() {
    try { return String(lms.LMSGetLastError()); } catch (e) { return ""; }
  }

  function stillOpen(api) {
    // Some platforms answer "false" to a second LMSInitialize in a session still open
    // (after a reload); the session works if a value can be read without an error.
    try {
      api.LMSGetValue("cmi.core.lesson_status");
      return String(api.LMSGetLastError()) === "0";
    } catch (e) { return false; }
  }

  function connectLms() {
    // The platform's API, initialised, and what it kept from an earlier session; null
    // (and `trouble` says why) when there is none that works. A platform that cannot be
    // read is not written to either: what it keeps is never replaced by a fresh start.
    var api = findLms();
    if (!api) { trouble = "none"; return null; }
    if (finishedHere(api)) { trouble = "none"; lmsEnded = true; return null; }  // not one call (see ENDED_KEY)
    lms = api;
    var kept = null;
    if (!lmsDo("LMSInitialize", "") && !stillOpen(api)) {
      troubleCode = lmsErrorCode();
      trouble = "none"; lms = null;
      return null;
    }
    removeSession(ENDED_KEY);  // a new session: what an ended one left in this tab is done with
    var read = function (element) {
      // SCORM 1.2 tells a failed read by an error code, with "" for the value: read as an
      // empty status and empty progress, a pass was lowered and the progress written over.
      var value = api.LMSGetValue(element);
      var code = String(api.LMSGetLastError());
      if (code !== "0" && code !== "") { troubleCode = code; throw new Error(element); }
      return value;
    };
    try {
      kept = read("cmi.suspend_data");
      lmsStartStatus = String(read("cmi.core.lesson_status") || "");
    } catch (e) {
      trouble = "none"; lms = null;
      return null;
    }
    if (!lmsStartStatus || lmsStartStatus === "not attempted") {
      if (!lmsDo("LMSSetValue", "cmi.core.lesson_status", "incomplete") || !lmsDo("LMSCommit", "")) {
        trouble = "failed"; troubleCode = lmsErrorCode();
      }
    }
    window.addEventListener("pagehide", finishLms);
    window.addEventListener("pageshow", function (event) {
      // Back in the browser's history: the page comes back as it was, but its session with
      // the platform ended when it was left (SCORM 1.2 has no second start). It went on
      // saving nothing, and said nothing; now the progress is kept here, and that is said.
      if (event.persisted && lmsFinished) {
        lms = null;
        lmsEnded = true;
        setTrouble("none", "");
        save();
        render();  // the overview's line about where progress is kept, too
      }
    });
    return { raw: kept === null || kept === undefined ? "" : String(kept) };
  }

  function loadState() {
    var raw = null, fromLms = null;
    if (DATA.scorm) fromLms = connectLms();
    if (fromLms) {
      raw = fromLms.raw;
    } else if (lmsEnded && readSession(ENDED_KEY) !== null) {
      raw = readSession(ENDED_KEY);  // where the learner was when the session ended
    } else {
      raw = readLocal(STORE_KEY);
      if (raw === null && STORE_KEY !== LEGACY_KEY) raw = previousProgress() || earlierProgress();
    }
    var loaded = parsed(raw);
    if (loaded === undefined || (loaded && loaded.v !== 1)) {
      // Cut short or spoilt: say so, and keep what was there, never overwritten unseen; where
      // the browser will not keep the copy (private browsing, full storage) that is said
      // instead: "kept aside" was said all the same.
      var keptAside = writeLocal(STORE_KEY + ":unreadable", raw);
      trouble = trouble || (keptAside ? "unreadable" : "unreadableLost");
      loaded = null;
    }
    if (!loaded) loaded = freshState(defaultLang());
    if (!DATA.langs[loaded.lang]) loaded.lang = defaultLang();
    ["mods", "runs", "quiz"].forEach(function (k) { if (!loaded[k] || typeof loaded[k] !== "object") loaded[k] = {}; });
    return loaded;
  }

  var lmsFinished = false;
  var sessionStart = Date.now();

  function timespan(ms) {
    // SCORM 1.2's CMITimespan, HHHH:MM:SS: how long this visit lasted.
    var seconds = Math.floor(ms / 1000);
    function two(n) { return (n < 10 ? "0" : "") + n; }
    var hours = String(Math.min(9999, Math.floor(seconds / 3600)));
    while (hours.length < 4) hours = "0" + hours;
    return hours + ":" + two(Math.floor(seconds / 60) % 60) + ":" + two(seconds % 60);
  }

  function finishLms() {
    if (lms && !lmsFinished) {
      lmsFinished = true;
      // For a reload of this frame alone (see ENDED_KEY): marked before LMSFinish, which
      // may end the page's life.
      try { lmsHost[ENDED_MARK] = lms; } catch (e) { /* the platform's window would not take it */ }
      writeSession(ENDED_KEY, JSON.stringify(state));
      lmsDo("LMSSetValue", "cmi.core.session_time", timespan(Date.now() - sessionStart));
      lmsDo("LMSCommit", "");
      lmsDo("LMSFinish", "");
    }
  }

  var SUSPEND_LIMIT = 4096; // SCORM 1.2's cmi.suspend_data holds at most 4096 characters

  function save() {
    if (lms) {
      if (lmsFinished) return;
      var standing = packageStanding();
      var ok = true, code = "";
      var call = function (name, element, value) {
        // Each call is tried; the first refusal's error code is the one worth telling.
        if (lmsDo(name, element, value)) return;
        if (ok) code = lmsErrorCode();
        ok = false;
      };
      // Never step back from what the platform already records (a pass stays a pass).
      var status = standing.status;
      if (status === "incomplete" && (lmsStartStatus === "passed" || lmsStartStatus === "completed")) status = null;
      if (status) {
        call("LMSSetValue", "cmi.core.lesson_status", status);
        if (ok && status !== "incomplete") lmsStartStatus = status;  // held now: never lowered later
      }
      if (standing.score !== null) {
        call("LMSSetValue", "cmi.core.score.min", "0");
        call("LMSSetValue", "cmi.core.score.max", "100");
        call("LMSSetValue", "cmi.core.score.raw", String(standing.score));
      }
      var raw = suspendData(state);
      if (raw === null) ok = false; // too much to keep: said, never cut short
      else call("LMSSetValue", "cmi.suspend_data", raw);
      call("LMSSetValue", "cmi.core.lesson_location", state.module || "");
      call("LMSSetValue", "cmi.core.exit", "suspend");
      call("LMSCommit", "");
      setTrouble(ok ? (trouble === "failed" ? "" : trouble) : "failed", code);
      return;
    }
    // Private browsing or a full disk: said, as long as it lasts (never "kept" while it is not).
    var kept = keepLocal();
    if (lmsEnded) writeSession(ENDED_KEY, JSON.stringify(state));  // a reload goes on from here
    if (!kept) setTrouble("local", "");
    else if (trouble === "local") setTrouble("", "");
  }

  function suspendData(full) {
    // The progress in at most 4096 characters, or null. Smaller step by step, as far as
    // needed: the answers of finished quizzes in other modules, then of all finished
    // quizzes (their scores stay); then the paths of finished scenario runs elsewhere
    // (their endings stay); then every module's place.
    var raw = JSON.stringify(full);
    if (raw.length <= SUSPEND_LIMIT) return raw;
    var copy = JSON.parse(raw);
    var here = copy.module ? copy.module + "/" : "\u0000";
    var steps = [
      function () { Object.keys(copy.quiz).forEach(function (k) { if (copy.quiz[k].d && k.indexOf(here) !== 0) delete copy.quiz[k].a; }); },
      function () { Object.keys(copy.quiz).forEach(function (k) { if (copy.quiz[k].d) delete copy.quiz[k].a; }); },
      function () {
        Object.keys(copy.runs).forEach(function (k) {
          if (!copy.runs[k].w && k.indexOf(here) !== 0 && runFinished(k, copy.runs[k])) copy.runs[k].p = [];
        });
      },
      function () { Object.keys(copy.mods).forEach(function (k) { if (k !== copy.module) copy.mods[k].p = null; }); }
    ];
    for (var i = 0; i < steps.length; i++) {
      steps[i]();
      raw = JSON.stringify(copy);
      if (raw.length <= SUSPEND_LIMIT) return raw;
    }
    return null;
  }

  function troubleText() {
    if (trouble === "none") return t("lmsNone");
    if (trouble === "failed") return t("lmsFailed") + (troubleCode && troubleCode !== "0" ? " " + t("lmsCode", troubleCode) : "");
    if (trouble === "unreadable") return t("unreadable");
    if (trouble === "unreadableLost") return t("unreadableLost");
    if (trouble === "local") return t("localFailed");
    return "";
  }

  function setTrouble(kind, code) {
    var changed = kind !== trouble;
    trouble = kind;
    troubleCode = code || "";
    var notice = document.getElementById("notice");
    if (notice) {
      notice.textContent = troubleText();
      notice.hidden = !trouble;
    }
    if (changed && trouble && liveRegion) announce(troubleText());
  }

  // ------------------------------------------------------------------ what the data says

  function lang() { return DATA.langs[state.lang]; }
  function courses() { return lang().courses; }
  function currentCourse() {
    var list = courses();
    for (var i = 0; i < list.length; i++) if (list[i].id === state.course) return list[i];
    return list[0] || null;
  }
  function moduleData(id) { return lang().modules[id] || null; }
  function partIndex(module, partId) {
    for (var i = 0; i < module.parts.length; i++) if (module.parts[i].id === partId) return i;
    return -1;
  }

  function pythonRound(value) {
    // Python's round(): halves go to the even neighbour, as the app counts percent.
    var floor = Math.floor(value), diff = value - floor;
    if (diff > 0.5) return floor + 1;
    if (diff < 0.5) return floor;
    return floor % 2 === 0 ? floor : floor + 1;
  }

  function isCorrect(question, answer) {
    if (answer === undefined || answer === null) return false;
    if (question.kind === "single" || question.kind === "truefalse") {
      var right = [];
      question.options.forEach(function (o, i) { if (o.correct) right.push(i); });
      return right.length === 1 && answer === right[0];
    }
    if (question.kind === "multiple") {
      var want = [];
      question.options.forEach(function (o, i) { if (o.correct) want.push(i); });
      var got = answer.slice().sort(function (a, b) { return a - b; });
      return got.join(",") === want.join(",");
    }
    if (question.kind === "matching") {
      return answer.length === question.pairs.length && question.pairs.every(function (pair, i) {
        return question.pairs[answer[i]] && question.pairs[answer[i]][1] === pair[1];
      });
    }
    if (question.kind === "ordering") {
      return answer.length === question.order.length && question.order.every(function (item, i) {
        return question.order[answer[i]] === item;
      });
    }
    return false;
  }

  function quizScore(quiz, answers) {
    var correct = 0;
    quiz.questions.forEach(function (q) { if (isCorrect(q, answers[q.id])) correct++; });
    var total = quiz.questions.length;
    return { correct: correct, total: total, percent: total ? pythonRound(100 * correct / total) : 0 };
  }

  function bestScore(moduleId, quizId) {
    var saved = state.quiz[moduleId + "/" + quizId];
    return saved && typeof saved.b === "number" ? saved.b : null;
  }

  function courseStanding(course) {
    var done = 0;
    course.modules.forEach(function (id) { if (state.mods[id] && state.mods[id].s === "c") done++; });
    var required = course.pass.quizzes.map(function (pair) {
      var best = bestScore(pair[0], pair[1]);
      return { best: best, passed: best !== null && best >= course.pass.percent };
    });
    var passedCount = required.filter(function (q) { return q.passed; }).length;
    return {
      done: done, total: course.modules.length, required: required, passedCount: passedCount,
      passed: required.length > 0 && passedCount === required.length
    };
  }

  function packageStanding() {
    // What the learning platform hears: the course's own verdict, as the player shows it.
    // passed: the pass rule met; completed: a course with no quiz to pass and every module
    // done; otherwise incomplete, also after a quiz not passed: "failed" ends the attempt in
    // platforms such as Moodle, and the learner could not come back to try again. The score
    // is the mean of the best results of the required quizzes, once each has been taken: a
    // quiz not taken is no 0. In a package of several courses (`trainer web --scorm` with
    // none or several named) it is the course the learner has chosen: waiting for every
    // course kept a teacher who passed theirs "incomplete", and the best of them called a
    // course whose quizzes are part of another's passed before its own were.
    var course = currentCourse();
    return course ? courseVerdict(course) : { status: "incomplete", score: null };
  }

  function courseVerdict(course) {
    var standing = courseStanding(course);
    var allTaken = true, sum = 0;
    standing.required.forEach(function (q) {
      if (q.best === null) allTaken = false;
      sum += q.best || 0;
    });
    if (!standing.required.length) {
      return { status: standing.done >= standing.total ? "completed" : "incomplete", score: null };
    }
    return { status: standing.passed ? "passed" : "incomplete",
             score: allTaken ? pythonRound(sum / standing.required.length) : null };
  }

  // ------------------------------------------------------------------ page frame

  var frame;

  function buildFrame() {
    // The live region and the dialog are made once and stay: a live region made anew
    // with each screen loses what it was about to say.
    if (!liveRegion) {
      document.body.textContent = "";
      frame = el("div", { id: "frame" });
      liveRegion = el("div", { className: "visually-hidden", role: "status", "aria-live": "polite" });
      dialog = el("dialog", { id: "dialog" });
      document.body.appendChild(frame);
      document.body.appendChild(liveRegion);
      document.body.appendChild(dialog);
    }
    frame.textContent = "";
    var skip = el("a", { className: "skip", href: "#main" }, t("skip"));
    skip.addEventListener("click", function (event) { event.preventDefault(); mainArea.focus(); });
    var other = otherLang();
    // The button's name is said in the page's language, the language's own name in that
    // language: each part carries its lang, so a screen reader says both rightly.
    var langButton = button(null, switchLanguage, { id: "language" });
    langButton.appendChild(el("span", { className: "visually-hidden" }, t("language") + ": "));
    langButton.appendChild(el("span", { lang: other }, languageName(other)));
    var tools = el("div", { className: "tools" }, langButton);
    if (!other) langButton.hidden = true;
    if (!lms) tools.appendChild(button(t("erase"), askErase, { className: "quiet" }));
    var header = el("header", { className: "topbar" },
      el("span", { className: "brand" }, "Faresignaler"), tools);
    var contactBar = el("div", { className: "contactbar", role: "complementary", "aria-label": t("contactShort") },
      el("span", {}, t("emergency")),
      button(t("contact"), showContact, { className: "onaccent", "aria-keyshortcuts": "F2" }));
    // The notice stands first in main: between the contact bar and main it was outside every
    // landmark, and a screen reader moving by landmarks (or the skip link) passed it by.
    var notice = el("p", { className: "notice", id: "notice", hidden: !trouble }, troubleText());
    mainArea = el("main", { id: "main", tabindex: "-1" }, notice);
    frame.appendChild(skip);
    frame.appendChild(header);
    frame.appendChild(contactBar);
    frame.appendChild(mainArea);
    document.documentElement.lang = state.lang;
  }

  function render(focusHeading) {
    buildFrame();
    window.scrollTo(0, 0); // a new screen starts at its top, as in the app
    var module = state.module ? moduleData(state.module) : null;
    if (state.screen === "module" && module) showModule(module);
    else if (state.screen === "warning" && module) showWarning(module);
    else { state.screen = "overview"; showOverview(); }
    if (focusHeading !== false) {
      var heading = mainArea.querySelector("h1");
      if (heading) heading.focus();
    }
  }

  function switchLanguage() {
    var other = otherLang();
    if (!other) return;
    state.lang = other;
    if (state.module && !moduleData(state.module)) { state.screen = "overview"; state.module = null; }
    save();
    render();
  }

  function openDialog(label, body, actions) {
    dialog.textContent = "";
    dialog.setAttribute("aria-label", label);
    var opener = document.activeElement;
    dialog.appendChild(body);
    var row = el("div", { className: "actions" });
    actions.forEach(function (a) { row.appendChild(a); });
    dialog.appendChild(row);
    dialog.addEventListener("close", function restore() {
      dialog.removeEventListener("close", restore);
      if (opener && opener.focus) opener.focus();
    });
    if (typeof dialog.showModal === "function") dialog.showModal();
    else {
      // Safari before 15.4, Firefox before 98: the same box over the page, closed by
      // its buttons or Escape (see the keys below), with a shade behind it.
      dialog.className = "fallback";
      if (!document.getElementById("shade")) document.body.insertBefore(el("div", { id: "shade", className: "shade" }), dialog);
      dialog.setAttribute("open", "");
      dialog.setAttribute("role", "dialog");
      dialog.setAttribute("aria-modal", "true");
    }
    (actions[actions.length - 1] || dialog).focus();
  }

  function keepInDialog(event) {
    // What a modal dialog does by itself, for the stand-in: Escape closes it, and Tab
    // goes round its buttons instead of out onto the page behind the shade.
    if (event.key === "Escape") { event.preventDefault(); closeDialog(); return; }
    if (event.key !== "Tab") return;
    var stops = dialog.querySelectorAll("button, a[href]");
    if (!stops.length) return;
    var first = stops[0], last = stops[stops.length - 1];
    var inside = dialog.contains(document.activeElement);
    if (event.shiftKey && (document.activeElement === first || !inside)) { event.preventDefault(); last.focus(); }
    else if (!event.shiftKey && (document.activeElement === last || !inside)) { event.preventDefault(); first.focus(); }
  }

  function dialogOpen() {
    return !!dialog && dialog.hasAttribute("open");
  }

  function closeDialog() {
    if (!dialogOpen()) return;
    if (typeof dialog.close === "function") { dialog.close(); return; }
    dialog.removeAttribute("open");
    var shade = document.getElementById("shade");
    if (shade) shade.parentNode.removeChild(shade);
    var closed = document.createEvent("Event");
    closed.initEvent("close", false, false);
    dialog.dispatchEvent(closed);
  }

  function showContact() {
    if (dialogOpen()) return;
    var card = lang().contact;
    var body = card
      ? el("div", { className: "content", html: "<h2>" + escapeHtml(card.title) + "</h2>" + card.html })
      : el("div", { className: "content" }, el("h2", {}, t("contactShort")), el("p", {}, el("strong", {}, t("noContact"))));
    openDialog(card ? card.title : t("contactShort"), body, [button(t("close"), function () { closeDialog(); }, { className: "primary" })]);
  }

  function askErase() {
    openDialog(t("erase"), el("p", {}, t("eraseAsk")), [
      button(t("eraseYes"), function () {
        try {
          window.localStorage.removeItem(STORE_KEY);
          // The old shared key too, when it held this export's progress: else it came back.
          var legacy = parsed(readLocal(LEGACY_KEY));
          if (legacy && fitsThisSite(legacy)) window.localStorage.removeItem(LEGACY_KEY);
        } catch (e) { /* nothing stored */ }
        var keep = state.lang;
        closeDialog();
        state = freshState(keep);
        keepLocal();  // erased stays erased: no earlier progress taken up again, here or in a later export
        render();
        announce(t("erased"));
      }, { className: "danger" }),
      button(t("cancel"), function () { closeDialog(); })
    ]);
  }

  function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // ------------------------------------------------------------------ overview

  function statusLabel(id) {
    var saved = state.mods[id];
    if (!saved) return t("notStarted");
    return saved.s === "c" ? "✓ " + t("completed") : t("inProgress");
  }

  function showOverview() {
    var list = courses();
    document.title = "Faresignaler";
    mainArea.appendChild(el("h1", { tabindex: "-1" }, "Faresignaler"));
    if (!list.length) { mainArea.appendChild(el("p", {}, t("noCourse"))); return; }
    var course = currentCourse();
    state.course = course.id;
    var hint = el("p", { className: "subtitle" });
    var continueBox = el("div", { className: "continue" });
    mainArea.appendChild(el("div", { className: "header" }, el("div", {}, hint, el("p", { className: "muted small", hidden: !whereKept() }, whereKept())), continueBox));
    if (list.length > 1) {
      var nav = el("nav", { "aria-label": t("courses"), className: "coursetabs" });
      list.forEach(function (c) {
        nav.appendChild(button(c.title, function () { state.course = c.id; save(); render(); },
          { "aria-current": c.id === course.id ? "page" : null }));
      });
      mainArea.appendChild(nav);
    }
    var standing = courseStanding(course);
    var card = el("section", { className: "card", "aria-labelledby": "course-title" });
    // With tabs the tab names the course; the heading stays for screen readers.
    card.appendChild(el("h2", { id: "course-title", className: list.length > 1 ? "visually-hidden" : null }, course.title));
    card.appendChild(el("p", { className: "muted" }, course.summary));
    var progressText = tn("modulesDone", standing.total, standing.done);
    var bar = el("div", { className: "progress", role: "progressbar", "aria-label": t("progress"),
      "aria-valuemin": "0", "aria-valuemax": String(standing.total), "aria-valuenow": String(standing.done),
      "aria-valuetext": progressText });
    var fill = el("div", { className: "fill" });
    fill.style.width = (standing.total ? 100 * standing.done / standing.total : 0) + "%";
    bar.appendChild(fill);
    bar.appendChild(el("span", { className: "label" }, progressText));
    card.appendChild(bar);
    // A course with no quiz to pass is done when its modules are (the bar says how far):
    // "0 of 0 quizzes passed" told nothing true or useful.
    if (standing.required.length) {
      card.appendChild(el("p", { className: "standing" }, standing.passed ? "✓ " + t("passed")
        : tn("toPass", standing.required.length, standing.passedCount, course.pass.percent)));
    }
    // Nor a column of best quiz scores with only "–" in it, where no module has a quiz.
    var quizzes = course.modules.some(function (id) {
      var module = moduleData(id);
      return !!module && module.parts.some(function (p) { return p.kind === "quiz"; });
    });
    var table = el("table", { className: "modules" },
      el("caption", { className: "visually-hidden" }, t("modulesIn", course.title)),
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, t("module")), el("th", { scope: "col" }, t("forWho")),
        el("th", { scope: "col" }, t("minutes")), el("th", { scope: "col" }, t("status")),
        quizzes ? el("th", { scope: "col" }, t("best")) : null)));
    var body = el("tbody");
    course.modules.forEach(function (id, index) {
      var module = moduleData(id);
      var scores = [];
      module.parts.forEach(function (p) {
        if (p.kind === "quiz" && bestScore(id, p.id) !== null) scores.push(bestScore(id, p.id) + " %");
      });
      body.appendChild(el("tr", {},
        el("td", {}, button((index + 1) + ". " + module.title, function () { openModule(id); }, { className: "link", title: module.summary || null })),
        // Each fact names itself where the headings are hidden (a narrow window, player.css).
        el("td", { "data-label": t("forWho") }, module.audience.map(audienceLabel).join(", ")),
        el("td", { "data-label": t("minutes") }, String(module.minutes)),
        el("td", { "data-label": t("status") }, statusLabel(id)),
        quizzes ? el("td", { "data-label": t("best") }, scores.join(" / ") || "–") : null));
    });
    table.appendChild(body);
    card.appendChild(el("div", { className: "tablewrap" }, table));
    mainArea.appendChild(card);

    var next = nextModule(course);
    if (next) {
      hint.textContent = whereKept() ? t("hint") : t("hintNotSaved");
      continueBox.appendChild(button((next.resume ? t("cont") : t("startNext")) + ": " + moduleData(next.id).title + "\u00a0▶",
        function () { openModule(next.id); }, { className: "primary", id: "continue" }));
    } else {
      hint.textContent = t("allDone");
    }
  }

  function whereKept() {
    // Never "saved" while nothing is: then the notice at the top says what is wrong (and
    // the hint points to it), not said twice here.
    if (trouble === "failed" || trouble === "local") return "";  // with no platform it is kept here: said so
    return lms ? t("savedLms") : t("saved");
  }

  function isDone(id) {
    return !!state.mods[id] && state.mods[id].s === "c";
  }

  function nextModule(course) {
    // Where "Continue" leads: the module the learner was in, while it is not finished;
    // else the next unfinished one after it in the course (from the start, if need be);
    // null once every module is done.
    var ids = course.modules.filter(function (id) { return !!moduleData(id); });
    var last = ids.indexOf(state.last);
    if (last >= 0 && !isDone(state.last)) return { id: state.last, resume: true };
    for (var step = 1; step <= ids.length; step++) {
      var id = ids[(Math.max(last, -1) + step) % ids.length];
      if (!isDone(id)) return { id: id, resume: false };
    }
    return null;
  }

  // ------------------------------------------------------------------ a module

  function openModule(id) {
    var module = moduleData(id);
    if (!module) return;
    state.module = id;
    state.screen = module.warning ? "warning" : "module";
    if (!module.warning) enterModule(id);
    save();
    render();
  }

  function enterModule(id) {
    state.last = id;
    if (!state.mods[id]) state.mods[id] = { s: "i", p: null };
  }

  function showWarning(module) {
    document.title = module.title + " · Faresignaler";
    mainArea.appendChild(el("h1", { tabindex: "-1" }, module.title));
    mainArea.appendChild(el("div", { className: "card warning", role: "note" },
      el("p", {}, el("strong", {}, t("warning") + ": "), module.warning),
      el("p", {}, t("warningAsk")),
      el("div", { className: "actions" },
        button(t("goOnWarning"), function () { enterModule(module.id); state.screen = "module"; save(); render(); }, { className: "primary" }),
        button(t("backOverview"), backToOverview))));
  }

  function backToOverview() {
    state.screen = "overview";
    save();
    render();
  }

  function kindLabel(part) {
    var label = kindName(part.kind);
    if (part.kind === "scenario") {
      var run = state.runs[state.module + "/" + part.id];
      if (run && run.x && run.x.length) label += "  ✓";
    } else if (part.kind === "quiz") {
      var best = bestScore(state.module, part.id);
      if (best !== null) label += "  ·  " + best + " %" + (best >= part.pass ? "  ✓" : "");
    }
    return label;
  }

  function showModule(module) {
    var saved = state.mods[module.id] || (state.mods[module.id] = { s: "i", p: null });
    var index = Math.max(0, partIndex(module, saved.p));
    var part = module.parts[index];
    saved.p = part.id;
    document.title = part.title + " · " + module.title + " · Faresignaler";
    mainArea.appendChild(el("div", { className: "moduleheader" },
      button(t("overview"), backToOverview, { id: "back" }),
      el("h1", { tabindex: "-1" }, module.title)));
    var nav = el("nav", { className: "parts", "aria-label": t("parts") });
    var list = el("ol");
    module.parts.forEach(function (p, i) {
      var item = button(null, function () { goToPart(module, i); }, { "aria-current": i === index ? "step" : null });
      item.appendChild(el("span", { className: "parttitle" }, p.title));
      item.appendChild(el("span", { className: "partkind" }, kindLabel(p)));
      list.appendChild(el("li", {}, item));
    });
    // On a narrow window the list folds away behind one line, so that the part itself
    // comes first (Previous and Next lead through the parts); on a wide one it is open
    // beside the part, as in the desktop app.
    var folder = el("details", { className: "partsmenu" },
      el("summary", {}, t("parts") + " · " + (index + 1) + " / " + module.parts.length + " · " + part.title), list);
    nav.appendChild(folder);
    foldParts(folder);
    folder.addEventListener("toggle", function () { if (NARROW.matches) partsUnfolded = folder.open; });
    var area = el("section", { className: "part card", "aria-labelledby": "part-title" });
    var last = index === module.parts.length - 1;
    var previous = button(t("previous"), function () { goToPart(module, index - 1); }, { disabled: index === 0, "aria-keyshortcuts": "Alt+ArrowLeft" });
    var next = button(last ? t("finish") : t("next"), function () {
      if (last) finishModule(module); else goToPart(module, index + 1);
    }, { id: "next-part", "aria-keyshortcuts": "Alt+ArrowRight" });
    // Previous and Next stand right below the part, not below the list of parts, which
    // in a long module reached far below the end of a short page.
    var column = el("div", { className: "partcolumn" }, area, el("div", { className: "footer" }, previous, next));
    mainArea.appendChild(el("div", { className: "modulebody" }, nav, column));
    if (part.kind === "page") showPage(area, part);
    else if (part.kind === "scenario") showScenario(area, module, part);
    else showQuiz(area, module, part, last, index);
    styleNext(part, area);
  }

  function styleNext(part, area) {
    // One primary action on a screen, as in the app: on a page and at a scenario's
    // ending the way on is Next; while a choice or a question waits, the answer is; at a
    // quiz's result its own "Next" takes Next's place.
    var next = document.getElementById("next-part");
    if (!next) return;
    var ending = part.kind === "scenario" && !!area.querySelector("#restart") && !area.querySelector(".choices");
    next.className = part.kind === "page" || ending ? "primary" : "";
    next.hidden = part.kind === "quiz" && !!area.querySelector("#quiz-result");
  }

  var NARROW = window.matchMedia("(max-width: 52rem)");  // as player.css's one column
  var partsUnfolded = false;  // opened by the learner on a narrow window: stays open while they answer

  function foldParts(folder) {
    folder.open = !NARROW.matches || partsUnfolded;
    // Folded, the line names the list itself: a name on the landmark too is heard twice.
    var nav = folder.parentNode;
    if (nav && NARROW.matches) nav.removeAttribute("aria-label");
    else if (nav) nav.setAttribute("aria-label", t("parts"));
  }

  function onNarrowChange() {
    Array.prototype.forEach.call(document.querySelectorAll("details.partsmenu"), foldParts);
  }
  // Safari 13 and older know only the old addListener; the new name threw there, before
  // anything was on the page.
  if (typeof NARROW.addEventListener === "function") NARROW.addEventListener("change", onNarrowChange);
  else if (typeof NARROW.addListener === "function") NARROW.addListener(onNarrowChange);

  function goToPart(module, index) {
    if (index < 0 || index >= module.parts.length) return;
    partsUnfolded = false;  // the chosen part comes first again
    state.mods[module.id].p = module.parts[index].id;
    save();
    render(false);
    var heading = document.getElementById("part-title");
    if (heading) heading.focus();
  }

  function finishModule(module, toNext) {
    // As in the app: a quiz answered in full counts as taken; with a quiz not taken, ask
    // first, and the safe answer is to take it (a click too many on "Next" finished
    // modules without their quiz).
    module.parts.forEach(function (part) {
      var attempt = part.kind === "quiz" ? state.quiz[module.id + "/" + part.id] : null;
      if (attempt && !attempt.d && attempt.a && part.questions.every(function (q) { return attempt.a[q.id] !== undefined; })) {
        finishQuiz(part, attempt);
      }
    });
    var untaken = module.parts.filter(function (part) { return part.kind === "quiz" && bestScore(module.id, part.id) === null; });
    if (!untaken.length) { completeModule(module, toNext); return; }
    var quiz = untaken[0];
    var counts = courses().some(function (course) {
      return course.pass.quizzes.some(function (pair) { return pair[0] === module.id && pair[1] === quiz.id; });
    });
    var question = counts ? t("notTakenCounts", quiz.title) : t("notTaken", quiz.title);
    openDialog(t("finishWithout"), el("div", {}, el("h2", {}, t("finishWithout")), el("p", {}, question)), [
      button(t("finishAnyway"), function () { closeDialog(); completeModule(module, toNext); }),
      button(t("takeQuiz"), function () {
        closeDialog();
        goToPart(module, partIndex(module, quiz.id));
      }, { className: "primary" })
    ]);
  }

  function completeModule(module, toNext) {
    state.mods[module.id].s = "c";
    state.last = module.id;
    var course = currentCourse();
    var next = toNext && course ? nextModule(course) : null;
    if (next) { openModule(next.id); }
    else {
      state.screen = "overview";
      save();
      render();
    }
    announce(module.title + ": " + t("completed"));
  }

  function partHeading(text) {
    return el("h2", { id: "part-title", tabindex: "-1" }, text);
  }

  // ------------------------------------------------------------------ pages and charts

  function showPage(area, page) {
    area.appendChild(partHeading(page.title));
    var content = el("div", { className: "content", html: page.html });
    Array.prototype.forEach.call(content.querySelectorAll("span.chart"), function (holder) {
      var figure = page.figures[Number(holder.getAttribute("data-chart"))];
      if (figure) holder.appendChild(chart(figure)); else holder.remove();
    });
    wrapTables(content);
    area.appendChild(content);
  }

  function wrapTables(content) {
    // A wide table scrolls in its own box (at 200 % zoom it made the whole page wider
    // than the screen), with room below it before the next paragraph, as in the app.
    Array.prototype.forEach.call(content.querySelectorAll("table"), function (table) {
      var wrap = el("div", { className: "tablewrap contenttable" });
      table.parentNode.insertBefore(wrap, table);
      wrap.appendChild(table);
    });
  }

  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The desktop app's series colours (trainer/ui/widgets/charts.py): Okabe and Ito's
  // palette, told apart also by people who do not see red and green.
  var SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

  function niceScale(value) {
    // A round top for the axis and how many gridline steps reach it (at most 6), as the app.
    if (value <= 0) return [1, 1];
    var magnitude = Math.pow(10, Math.floor(Math.log(value) / Math.LN10));
    var sizes = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10];
    for (var i = 0; i < sizes.length; i++) {
      var size = sizes[i] * magnitude, steps = Math.ceil(value / size - 1e-9);
      if (steps <= 6) return [size * steps, steps];
    }
    return [10 * magnitude, 1];
  }

  function chart(figure) {
    // A bar or line chart of the table the page shows anyway, drawn as the app draws it:
    // gridlines with their values at the side (no numbers on the bars to run into each
    // other), and a legend naming each series by a swatch of its colour. The table stays
    // the accessible source; the picture is named by its title.
    var width = 640, left = 48, right = 12, top = 36;
    var values = [];
    figure.rows.forEach(function (row) { row[1].forEach(function (v) { if (typeof v === "number") values.push(v); }); });
    var scale = niceScale(Math.max.apply(null, values.concat([0])));
    var axisTop = scale[0], steps = scale[1];
    // Three names to a legend row, or one where a name is too long to share a row.
    var perRow = figure.rows.some(function (row) { return String(row[0]).length > 24; }) ? 1 : 3;
    var legendRows = Math.ceil(figure.rows.length / perRow), plotH = 200;
    var height = top + plotH + 34 + legendRows * 22 + 6;
    var plotW = width - left - right, bottomY = top + plotH;
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": figure.title, "class": "chartsvg" });
    root.appendChild(svg("text", { x: left, y: 20, "class": "charttitle" }, figure.title));
    for (var g = 0; g <= steps; g++) {
      var gy = bottomY - plotH * g / steps;
      root.appendChild(svg("line", { x1: left, y1: gy, x2: left + plotW, y2: gy, "class": g ? "grid" : "axis" }));
      var tick = Math.round(axisTop * g / steps * 100) / 100;
      root.appendChild(svg("text", { x: left - 6, y: gy + 4, "text-anchor": "end", "class": "chartlabel" }, String(tick)));
    }
    var groups = figure.columns.length, series = figure.rows.length;
    var groupW = plotW / Math.max(1, groups);
    figure.columns.forEach(function (label, c) {
      root.appendChild(svg("text", { x: left + groupW * (c + 0.5), y: bottomY + 18, "text-anchor": "middle", "class": "chartlabel" }, label));
    });
    figure.rows.forEach(function (row, s) {
      var colour = SERIES_COLOURS[s % SERIES_COLOURS.length];
      var points = [];
      row[1].forEach(function (v, c) {
        if (typeof v !== "number") return;
        var h = plotH * v / axisTop;
        if (figure.kind === "line") {
          var px = left + groupW * (c + 0.5), py = bottomY - h;
          points.push(px + "," + py);
          root.appendChild(svg("circle", { cx: px, cy: py, r: 4, fill: colour, "class": "series" + s }));
        } else {
          var barW = groupW * 0.8 / series;
          var x = left + groupW * c + groupW * 0.1 + barW * s;
          var bar = svg("rect", { x: x, y: bottomY - h, width: Math.max(1, barW - 1), height: h, fill: colour, "class": "series" + s });
          bar.appendChild(svg("title", {}, row[0] + ", " + figure.columns[c] + ": " + v));
          root.appendChild(bar);
        }
      });
      if (points.length > 1) root.appendChild(svg("polyline", { points: points.join(" "), stroke: colour, "class": "line series" + s }));
    });
    // The legend below the plot: no series is told by colour alone.
    var columnW = width / perRow;
    figure.rows.forEach(function (row, s) {
      var lx = 12 + (s % perRow) * columnW, ly = bottomY + 34 + Math.floor(s / perRow) * 22;
      var item = svg("g", { "class": "legend" });
      item.appendChild(svg("rect", { x: lx, y: ly, width: 14, height: 14, fill: SERIES_COLOURS[s % SERIES_COLOURS.length] }));
      item.appendChild(svg("text", { x: lx + 20, y: ly + 12, "class": "chartlabel" }, row[0]));
      root.appendChild(item);
    });
    return root;
  }

  // ------------------------------------------------------------------ scenarios

  function stepById(scenario, id) {
    for (var i = 0; i < scenario.steps.length; i++) if (scenario.steps[i].id === id) return scenario.steps[i];
    return null;
  }

  function runFinished(key, run) {
    // Whether the run "module/scenario" has reached an ending: a run still under way keeps
    // its path when the progress is made smaller (it started over from the first step).
    var slash = key.indexOf("/"), module = moduleData(key.slice(0, slash));
    var index = module ? partIndex(module, key.slice(slash + 1)) : -1;
    var scenario = index >= 0 ? module.parts[index] : null;
    if (!scenario || !scenario.steps) return true;  // no longer in the content: nothing to go on with
    return !replay(scenario, run).step.choices.length;
  }

  function scenarioRun(module, scenario) {
    var key = module.id + "/" + scenario.id;
    if (!state.runs[key]) state.runs[key] = { p: [], x: [] };
    return state.runs[key];
  }

  function replay(scenario, run, count) {
    // The current step and the signs acted on, from the choices made so far (the first
    // `count` of them, if given).
    var step = scenario.steps[0], tags = [];
    run.p.slice(0, count === undefined ? run.p.length : count).forEach(function (made) {
      var from = stepById(scenario, made[0]);
      var choice = from && from.choices[made[1]];
      if (!choice) return;
      tags = tags.concat(choice.tags);
      step = stepById(scenario, choice.target) || step;
    });
    return { step: step, tags: tags };
  }

  function showScenario(area, module, scenario) {
    var run = scenarioRun(module, scenario);
    // Left while reading a choice's feedback: back at that choice and its feedback, as
    // long as the content still has them (else on, as if "Go on" had been pressed).
    var waiting = run.w && run.p.length ? run.p[run.p.length - 1] : null;
    if (waiting) {
      var at = replay(scenario, run, run.p.length - 1).step;
      var made = at.id === waiting[0] && at.choices[waiting[1]];
      if (!made || !made.feedback) { waiting = null; run.w = 0; }
    }
    var now = replay(scenario, run, waiting ? run.p.length - 1 : undefined);
    var step = now.step, start = step === scenario.steps[0];
    area.appendChild(partHeading(scenario.title));
    var situation = el("div", { className: "content situation", role: "group", "aria-label": t("situation") });
    if (start && scenario.warning) {
      situation.appendChild(el("blockquote", { className: "warning" }, el("p", {}, el("strong", {}, t("warning") + ": "), scenario.warning)));
    }
    situation.appendChild(el("h3", {}, step.title));
    if (start && scenario.intro) situation.appendChild(el("div", { html: scenario.intro }));
    situation.appendChild(el("div", { html: step.html }));
    wrapTables(situation);
    area.appendChild(situation);
    var feedback = el("div", { className: "feedback", hidden: true });
    var restart = button(t("tryAgain"), function () {
      run.p = [];
      run.w = 0;
      run.n = (run.n || 0) + 1;  // a new run: the choices come in a new order
      save();
      rerenderPart();
    }, { id: "restart" });
    if (!step.choices.length) {
      if (run.x.indexOf(step.id) < 0) { run.x.push(step.id); save(); }
      debrief(scenario, now.tags, feedback);
      feedback.hidden = !scenario.tags.length;
      area.appendChild(feedback);
      area.appendChild(el("div", { className: "actions" }, restart));
      announce(spoken(situation) + " " + spoken(feedback));
      return restart;
    }
    var choices = el("div", { className: "choices", role: "group", "aria-label": step.title });
    // In an order of their own for each run, kept after a reload, as in the desktop app:
    // written first, the recommended choice stood first at most steps.
    var order = shuffled(step.choices.length, seeded([module.id, scenario.id, run.n || 0, step.id].join("/")));
    order.forEach(function (i, position) {
      var choice = step.choices[i];
      choices.appendChild(button(null, function () { choose(module, scenario, step, i, area); }, {
        className: "choice", "aria-keyshortcuts": String(position + 1)
      }));
      var b = choices.lastChild;
      b.setAttribute("data-index", String(i));
      b.appendChild(el("span", { className: "number", "aria-hidden": "true" }, (position + 1) + ".  "));
      b.appendChild(el("span", { html: choice.html }));
    });
    area.appendChild(choices);
    area.appendChild(feedback);
    if (!start) area.appendChild(el("div", { className: "actions" }, restart));
    if (waiting) return showChosen(area, run, step, waiting[1]);
    return choices.firstChild;
  }

  function debrief(scenario, tags, box) {
    var noticed = [], missed = [];
    scenario.tags.forEach(function (pair) { (tags.indexOf(pair[0]) >= 0 ? noticed : missed).push(pair[1]); });
    function list(items, mark, none) {
      if (!items.length) return el("p", {}, none);
      var ul = el("ul", { className: "marks" });
      items.forEach(function (s) { ul.appendChild(el("li", {}, mark + " " + s)); });
      return ul;
    }
    box.appendChild(el("h3", {}, t("noticed")));
    box.appendChild(list(noticed, "✓", t("noneNoticed")));
    box.appendChild(el("h3", {}, t("missed")));
    box.appendChild(list(missed, "○", t("noneMissed")));
  }

  function choose(module, scenario, step, index, area) {
    var run = scenarioRun(module, scenario);
    if (area.getAttribute("data-pending")) return;
    var choice = step.choices[index];
    run.p.push([step.id, index]);
    run.w = choice.feedback ? 1 : 0;  // waiting at the feedback until "Go on"
    save();
    if (!choice.feedback) { rerenderPart(); return; }
    showChosen(area, run, step, index).focus();
  }

  function showChosen(area, run, step, index) {
    // The chosen line alone, its feedback and "Go on"; returns "Go on".
    var choice = step.choices[index];
    area.setAttribute("data-pending", "1");
    var buttons = area.querySelectorAll(".choices button");
    Array.prototype.forEach.call(buttons, function (b) {
      b.disabled = true;
      if (Number(b.getAttribute("data-index")) === index) b.insertBefore(document.createTextNode("➜ "), b.firstChild);
      else b.hidden = true;
    });
    var feedback = area.querySelector(".feedback");
    feedback.textContent = "";
    feedback.appendChild(el("p", { className: "visually-hidden" }, t("youChose") + ": " + choice.text));
    feedback.appendChild(el("div", { className: "content", html: choice.feedback }));
    var goOn = button(t("goOn"), function () {
      run.w = 0;
      save();
      rerenderPart();
    }, { className: "primary", id: "go-on" });
    feedback.appendChild(el("div", { className: "actions" }, goOn));
    feedback.hidden = false;
    announce(plain(choice.feedback));
    return goOn;
  }

  function rerenderPart() {
    // The part drawn again after an answer: focus on what comes next, and the news said.
    // At a scenario's ending that is the way on (Next), as in the app: on "Try again" a
    // stray Enter started the scenario over and the ending was gone.
    render(false);
    var ending = mainArea.querySelector("#restart") && !mainArea.querySelector(".choices");
    var first = ending ? document.getElementById("next-part")
      : mainArea.querySelector(".choices button, .question input, .question select, .question button:not([disabled])")
        || document.getElementById("part-title");
    if (first) first.focus();
    var situation = mainArea.querySelector(".situation");
    if (situation && !ending) announce(spoken(situation));
  }

  function spoken(node) {
    // A block's words as a screen reader should hear them: headings, paragraphs and list
    // items each end a sentence (textContent ran "Signs you noticed✓ one" together).
    var parts = [];
    (function walk(n) {
      if (n.nodeType === 3) { parts.push(n.nodeValue); return; }
      if (n.nodeType !== 1 || n.hidden) return;
      if (n.classList && n.classList.contains("visually-hidden")) return;
      for (var c = n.firstChild; c; c = c.nextSibling) walk(c);
      if (/^(H[1-6]|P|LI|DIV|BLOCKQUOTE|TR)$/.test(n.tagName)) parts.push("\n");
    })(node);
    return parts.join("").split("\n").map(function (line) { return line.replace(/\s+/g, " ").trim(); })
      .filter(Boolean).map(function (line) { return /[.!?:]$/.test(line) ? line : line + "."; }).join(" ");
  }

  // ------------------------------------------------------------------ quizzes

  function seeded(seed) {
    // A small fixed random sequence, so a shuffled question keeps its order after a reload.
    var h = 2166136261;
    for (var i = 0; i < seed.length; i++) { h ^= seed.charCodeAt(i); h = Math.imul(h, 16777619); }
    return function () {
      h = Math.imul(h ^ (h >>> 15), 2246822507);
      h = Math.imul(h ^ (h >>> 13), 3266489909);
      h ^= h >>> 16;
      return (h >>> 0) / 4294967296;
    };
  }

  function shuffled(count, random) {
    var items = [];
    for (var i = 0; i < count; i++) items.push(i);
    for (var j = count - 1; j > 0; j--) {
      var k = Math.floor(random() * (j + 1));
      var swap = items[j]; items[j] = items[k]; items[k] = swap;
    }
    return items;
  }

  function quizAttempt(module, quiz) {
    var key = module.id + "/" + quiz.id;
    var saved = state.quiz[key];
    if (!saved) saved = state.quiz[key] = { b: null, a: {}, d: 0, s: null, r: 1 };
    return saved;
  }

  function showQuiz(area, module, quiz, lastPart, partAt) {
    var attempt = quizAttempt(module, quiz);
    var goOn = function () {
      // The result's "Next": the next part, or after the last one the next module.
      if (lastPart) finishModule(module, true); else goToPart(module, partAt + 1);
    };
    if (attempt.d) { showResult(area, module, quiz, attempt, lastPart, goOn); return; }
    if (!attempt.a) attempt.a = {};
    var index = 0;
    while (index < quiz.questions.length && attempt.a[quiz.questions[index].id] !== undefined) index++;
    // Left (or the language changed) while an answer's feedback showed: back at it.
    var waiting = attempt.w ? indexOfQuestion(quiz, attempt.w) : -1;
    if (waiting >= 0 && attempt.a[attempt.w] !== undefined) {
      askQuestion(area, module, quiz, attempt, waiting, lastPart, goOn);
      return;
    }
    if (index >= quiz.questions.length) {
      finishQuiz(quiz, attempt);
      showResult(area, module, quiz, attempt, lastPart, goOn);
      return;
    }
    askQuestion(area, module, quiz, attempt, index, lastPart, goOn);
  }

  function indexOfQuestion(quiz, id) {
    for (var i = 0; i < quiz.questions.length; i++) if (quiz.questions[i].id === id) return i;
    return -1;
  }

  function finishQuiz(quiz, attempt) {
    var result = quizScore(quiz, attempt.a);
    attempt.d = 1;
    attempt.c = result.correct;
    attempt.s = result.percent;
    delete attempt.w;
    if (attempt.b === null || result.percent > attempt.b) attempt.b = result.percent;
    save();
  }

  function askQuestion(area, module, quiz, attempt, index, lastPart, goOn) {
    var question = quiz.questions[index];
    area.appendChild(partHeading(quiz.title));
    area.appendChild(el("p", { className: "muted", id: "counter" }, t("question", index + 1, quiz.questions.length)));
    var form = el("form", { className: "question", novalidate: true });
    var fieldset = el("fieldset", {}, el("legend", {}, el("span", { className: "qtitle" }, question.title)));
    if (question.prompt) fieldset.appendChild(el("div", { className: "content", html: question.prompt }));
    var random = seeded(attempt.r + ":" + question.id);
    var read = buildAnswer(question, fieldset, random, index);
    form.appendChild(fieldset);
    var message = el("p", { className: "message", id: "message" });
    var submit = el("button", { type: "submit", className: "primary", id: "submit" }, t("answer"));
    form.appendChild(el("div", { className: "actions" }, message, submit));
    var feedback = el("div", { className: "feedback", hidden: true, id: "quiz-feedback" });
    var show = function (answer, restoring) {
      showFeedback(area, module, quiz, attempt, index, answer, fieldset, feedback, submit, message, restoring);
    };
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      // Node.isConnected is missing in old Edge (EdgeHTML), where "!undefined" refused every
      // answer; body.contains works in every browser the player runs in.
      if (!document.body.contains(submit) || submit.hidden) return;
      var answer = read();
      if (answer === null || (Array.isArray(answer) && !answer.length)) {
        message.textContent = t("chooseFirst");
        announce(t("chooseFirst"));
        return;
      }
      attempt.a[question.id] = answer;
      attempt.w = question.id;  // its feedback shows until "Next question"
      save();
      show(answer, false);
    });
    area.appendChild(form);
    area.appendChild(feedback);
    if (attempt.w === question.id && attempt.a[question.id] !== undefined) {
      read.set(attempt.a[question.id]);
      show(attempt.a[question.id], true);
    }
  }

  function buildAnswer(question, fieldset, random, index) {
    var name = "q" + index;
    if (question.kind === "single" || question.kind === "truefalse" || question.kind === "multiple") {
      var multiple = question.kind === "multiple";
      if (multiple && !question.prompt) fieldset.appendChild(el("p", { className: "muted" }, t("chooseAll")));
      var inputs = question.options.map(function (option, i) {
        var id = name + "-" + i;
        var input = el("input", { type: multiple ? "checkbox" : "radio", name: name, id: id, value: String(i) });
        fieldset.appendChild(el("div", { className: "option" }, input, el("label", { "for": id }, option.text)));
        return input;
      });
      return answerReader(function () {
        var picked = [];
        inputs.forEach(function (input, i) { if (input.checked) picked.push(i); });
        if (multiple) return picked;
        return picked.length ? picked[0] : null;
      }, function (answer) {
        inputs.forEach(function (input, i) { input.checked = Array.isArray(answer) ? answer.indexOf(i) >= 0 : answer === i; });
      });
    }
    if (question.kind === "matching") {
      if (!question.prompt) fieldset.appendChild(el("p", { className: "muted" }, t("chooseMatch")));
      var rights = shuffled(question.pairs.length, random);
      var selects = question.pairs.map(function (pair, i) {
        var id = name + "-" + i;
        var select = el("select", { id: id }, el("option", { value: "" }, t("choose")));
        rights.forEach(function (r) { select.appendChild(el("option", { value: String(r) }, question.pairs[r][1])); });
        fieldset.appendChild(el("div", { className: "match" }, el("label", { "for": id }, pair[0]), select));
        return select;
      });
      return answerReader(function () {
        var chosen = selects.map(function (s) { return s.value === "" ? null : Number(s.value); });
        return chosen.indexOf(null) >= 0 ? null : chosen;
      }, function (answer) {
        selects.forEach(function (select, i) { select.value = answer[i] === undefined ? "" : String(answer[i]); });
      });
    }
    // ordering: a list the learner rearranges with a pair of buttons on each line
    if (!question.prompt) fieldset.appendChild(el("p", { className: "muted" }, t("orderHint")));
    var order = shuffled(question.order.length, random);
    var guard = 0;
    while (order.length > 1 && order.every(function (v, i) { return v === i; }) && guard++ < 10) order = shuffled(order.length, random);
    var list = el("ol", { className: "ordering", "aria-label": t("steps") });
    fieldset.appendChild(list);
    function draw(focusIndex, focusDir) {
      list.textContent = "";
      order.forEach(function (item, i) {
        var text = question.order[item];
        var up = button(t("up"), function () { move(i, -1); }, { "aria-label": t("up") + ": " + text, disabled: i === 0, className: "small" });
        var down = button(t("down"), function () { move(i, 1); }, { "aria-label": t("down") + ": " + text, disabled: i === order.length - 1, className: "small" });
        list.appendChild(el("li", {}, el("span", { className: "itemtext" }, text), el("span", { className: "movers" }, up, down)));
        if (i === focusIndex) (focusDir < 0 && !up.disabled ? up : (!down.disabled ? down : up)).focus();
      });
    }
    function move(i, delta) {
      var j = i + delta;
      if (j < 0 || j >= order.length) return;
      var swap = order[i]; order[i] = order[j]; order[j] = swap;
      draw(j, delta);
      announce(t("position", question.order[order[j]], j + 1, order.length));
    }
    draw(-1, 0);
    return answerReader(function () { return order.slice(); }, function (answer) {
      if (answer.length === order.length) { order = answer.slice(); draw(-1, 0); }
    });
  }

  function answerReader(read, set) {
    // What the learner chose (read()), and read.set(answer) to show a given answer again.
    read.set = set;
    return read;
  }

  function rightAnswer(question) {
    if (question.options) return question.options.filter(function (o) { return o.correct; }).map(function (o) { return o.text; }).join("; ");
    if (question.pairs) return question.pairs.map(function (p) { return p[0] + " → " + p[1]; }).join("; ");
    return question.order.join(" → ");
  }

  function showFeedback(area, module, quiz, attempt, index, answer, fieldset, feedback, submit, message, restoring) {
    var question = quiz.questions[index];
    var correct = isCorrect(question, answer);
    fieldset.disabled = true;
    submit.hidden = true;
    message.textContent = "";
    feedback.textContent = "";
    var verdict = correct ? "✓ " + t("right") : "✗ " + t("notQuite");
    feedback.appendChild(el("p", { className: "verdict " + (correct ? "right" : "wrong") }, verdict));
    var parts = "";
    if (!correct) parts += "<p><strong>" + escapeHtml(t("rightAnswer")) + ":</strong> " + escapeHtml(rightAnswer(question)) + "</p>";
    (question.options || []).forEach(function (option, i) {
      var picked = answer === i || (Array.isArray(answer) && answer.indexOf(i) >= 0);
      if (picked && option.feedback) parts += option.feedback;
    });
    parts += question.explanation || "";
    feedback.appendChild(el("div", { className: "content", html: parts }));
    var last = index + 1 >= quiz.questions.length;
    var next = button(last ? t("seeResult") : t("nextQuestion"), function () {
      if (last) finishQuiz(quiz, attempt);
      else { delete attempt.w; save(); }
      render(false);
      if (last) {
        // The way on, as in the app: on "Take the quiz again" one stray Enter wiped the result.
        var onward = document.getElementById("quiz-continue");
        if (onward) onward.focus();
        return;
      }
      var firstInput = mainArea.querySelector(".question input, .question select, .question button:not([disabled])");
      (firstInput || document.getElementById("part-title")).focus();
      var counter = document.getElementById("counter");
      var title = mainArea.querySelector(".question legend");
      if (counter && title) announce(counter.textContent + ". " + title.textContent);
    }, { className: "primary", id: "next-question" });
    feedback.appendChild(el("div", { className: "actions" }, next));
    feedback.hidden = false;
    if (restoring) return;
    announce(verdict + " " + plain(parts));
    next.focus();
  }

  function showResult(area, module, quiz, attempt, lastPart, goOn) {
    var answers = attempt.a || {};
    var result = quizScore(quiz, answers);
    if (!attempt.a) result.correct = attempt.c || 0;
    var passed = attempt.s >= quiz.pass;
    area.appendChild(partHeading(quiz.title));
    area.appendChild(el("p", { className: "muted" }, t("result")));
    var box = el("div", { className: "feedback result", id: "quiz-result" });
    var verdict = passed ? "✓ " + t("passedQuiz") : t("notPassed");
    box.appendChild(el("p", { className: "verdict" }, verdict));
    var answered = t("answered", result.correct, result.total, attempt.s);
    var needed = t("needed", quiz.pass, attempt.b !== null ? attempt.b : attempt.s);
    box.appendChild(el("p", {}, answered));
    box.appendChild(el("p", {}, needed));
    var lines = el("ul", { className: "marks" });
    quiz.questions.forEach(function (q) {
      lines.appendChild(el("li", {}, (isCorrect(q, answers[q.id]) ? "✓ " : "✗ ") + q.title));
    });
    if (attempt.a) box.appendChild(lines);
    area.appendChild(box);
    var retry = button(t("again"), function () {
      attempt.a = {};
      attempt.d = 0;
      attempt.s = null;
      delete attempt.w;
      attempt.r = (attempt.r || 1) + 1;
      save();
      rerenderPart();
    }, { id: "retry" });
    var onward = button(lastPart ? t("nextModule") : t("next"), goOn, { className: "primary", id: "quiz-continue" });
    area.appendChild(el("div", { className: "actions" }, retry, onward));
    announce(verdict + ". " + answered + " " + needed);
  }

  // ------------------------------------------------------------------ keys

  document.addEventListener("keydown", function (event) {
    if (event.key === "F2") { event.preventDefault(); showContact(); return; }
    if (dialogOpen()) {
      if (typeof dialog.showModal !== "function") keepInDialog(event);
      return;
    }
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
    if (event.altKey && (event.key === "ArrowLeft" || event.key === "ArrowRight") && state.screen === "module") {
      // Always ours here: on the first part Alt+Left went on to the browser's Back.
      event.preventDefault();
      var footer = mainArea.querySelectorAll(".footer button");
      var wanted = footer[event.key === "ArrowLeft" ? 0 : 1];
      if (wanted && wanted.hidden) wanted = document.getElementById("quiz-continue");
      if (wanted && !wanted.disabled) wanted.click();
      return;
    }
    if (!typing && !event.altKey && !event.ctrlKey && !event.metaKey && /^[1-9]$/.test(event.key)) {
      // Number keys choose in a scenario, as in the app.
      var choices = mainArea.querySelectorAll(".choices button:not([disabled])");
      var choice = choices[Number(event.key) - 1];
      if (choice) { event.preventDefault(); choice.click(); }
    }
  });

  // ------------------------------------------------------------------ start

  if (!DATA || !DATA.langs) {
    // course.js is missing or spoilt: say so, in both languages (there are no words without it).
    var holder = document.getElementById("main");
    if (holder) holder.appendChild(el("p", {}, "Kurset kunne ikke lastes: filen course.js mangler eller er skadet. / " +
      "The course could not be loaded: the file course.js is missing or damaged."));
    return;
  }
  state = loadState();
  render(false);
  if (trouble) announce(troubleText());
})();

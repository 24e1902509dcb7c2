(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('report-data').textContent);
  var CST = 8 * 3600 * 1000; // the charts run in UTC, so China Standard Time is shifted in
  var DAY = 24 * 3600 * 1000;
  var AUDIT_COLORS = { RECONCILE: '#1d4ed8', OFFICE: '#b45309', VEHICLES: '#047857' };
  var T = {
    zh: {
      title: '机关事务检查报告：公务用车与办公用房', toggle: 'English',
      subtitle: '示例县 · 核查期 {from} 至 {to} · 档案截至 {asOf} · 生成用时 {s} 秒',
      cardFindings: '发现问题', cardFindingsD: '三项检查合计',
      cardTruth: '与注入问题比对', cardTruthD: '注入 {e} 项，漏报 {m} 项，多报 {x} 项',
      cardPositions: '定位点入库', cardPositionsD: '终端应答 {a} 条，缺失 {m} 条',
      cardOffline: '离线率', cardOfflineD: '{v} 辆车 · {t} 趟行程 · {km} 公里',
      cardOffice: '办公用房问题', cardOfficeD: '{u} 个单位 · {p} 人 · {r} 间',
      truthTitle: '检查结果与注入问题比对',
      truthNote: '演示数据中有意设置了违规情形；下表逐类核对：每项注入的问题是否被发现（命中），有无未注入却报出的问题（多报）。',
      audit: '检查', type: '问题类型', found: '发现', expected: '注入', matched: '命中', missed: '漏报', extra: '多报',
      byType: '各类问题数量', byAgency: '各单位问题数量',
      byTypeNote: '蓝色：派车单与轨迹核对；橙色：办公用房检查；绿色：公务用车配备与油耗。', byAgencyNote: '车辆的问题计入该车所属单位。',
      offlineAgency: '各单位终端离线率', offlineVehicle: '各车辆终端离线率',
      offlineNote: '离线率 = 无任何定位的车辆日数 ÷ 在用车辆日数。',
      offlineVehicleNote: '只列出离线率高于零的车辆；其余车辆核查期内每天都有定位。',
      timeline: '派车时段与实际行程（每车一行）',
      timelineNote: '浅蓝：派车单时段；深蓝：轨迹识别出的行程；红色标记：发现的问题（悬停查看说明）。拖动下方滑块可查看其他日期。',
      track: '单车单日轨迹', trackPick: '选择车辆与日期：',
      trackNote: '经纬度按等比例绘制（不含底图）。红线为被认定有问题的行程，蓝线为其他行程，灰点为停放时的定位，星形为车辆停放点。',
      units: '各单位办公用房面积与核定面积',
      unitsNote: '比较办公室用房与服务用房的使用面积之和与核定面积（A+B）；红色为超出核定面积的单位。',
      approved: '核定面积 A+B', inUse: '使用面积', sqm: '平方米',
      findingsTitle: '全部问题清单', filterType: '类型', filterAgency: '单位', filterVehicle: '车辆', all: '全部',
      shown: '显示 {n} / {t} 条',
      no: '序号', agency: '单位', subject: '对象', when: '时间', sentence: '说明', rule: '依据', evidence: '证据',
      vehicleAudit: '公务用车配备情况检查', vehicleAuditNote: '“一车一档”：排量、价格、购置日期、里程与标识；问题一栏为该车的检查结论。',
      plate: '号牌', category: '类别', displacement: '排量 L', price: '价格 元', energy: '能源', bought: '购置日期',
      odometer: '里程 km', marking: '标识', problems: '问题', disposed: '已处置',
      fuelTitle: '单车油耗公示', fuelNote: '按月公示每辆车的加油量、金额、行驶里程（由轨迹行程累计）和百公里油耗；异常行以红色标出。',
      month: '月份', refuels: '加油次数', litres: '加油量 L', yuan: '金额 元', km: '里程 km', rate: '百公里油耗 L',
      anomaly: '异常', note: '说明',
      filesTitle: '同一目录中的文件',
      files: {
        'findings.csv': '全部问题（CSV，与上方清单逐行对应）', 'findings.jsonl': '全部问题（JSON Lines，供程序读取）',
        'reconcile-findings.csv': '派车单与轨迹核对的问题', 'office-findings.csv': '办公用房检查的问题',
        'vehicle-findings.csv': '公务用车配备与油耗的问题', 'summary.csv': '各车、各单位的核对汇总',
        'units.csv': '各单位核定面积的计算过程', 'fuel-disclosure.csv': '单车油耗公示（CSV）',
        'fuel-disclosure.html': '单车油耗公示（可打印页面）', 'truth.csv': '注入问题逐项比对结果',
        'input/': '输入数据：车辆、派车单、注入清单、人员、房间、车辆档案、编制、加油记录',
        'database/': '网关的 H2 数据库（全部入库定位点）'
      },
      vehicle: '车辆', window: '派车时段', trip: '行程', finding: '问题', lon: '经度', lat: '纬度', base: '停放点',
      stops: '停放定位', flagged: '有问题的行程', other: '其他行程'
    },
    en: {
      title: 'Agency affairs inspection: official vehicles and office space', toggle: '中文',
      subtitle: 'Example county · period {from} to {to} · registers as of {asOf} · generated in {s} s',
      cardFindings: 'Findings', cardFindingsD: 'of the three audits',
      cardTruth: 'Against the injected truth', cardTruthD: '{e} injected, {m} missed, {x} extra',
      cardPositions: 'Positions stored', cardPositionsD: '{a} acknowledged, {m} missing',
      cardOffline: 'Offline rate', cardOfflineD: '{v} vehicles · {t} trips · {km} km',
      cardOffice: 'Office-space findings', cardOfficeD: '{u} units · {p} persons · {r} rooms',
      truthTitle: 'Findings against the injected violations',
      truthNote: 'The demo data carries violations put in on purpose; per type: was each injected violation found (matched), and was anything found that was not injected (extra).',
      audit: 'Audit', type: 'Type', found: 'Found', expected: 'Injected', matched: 'Matched', missed: 'Missed', extra: 'Extra',
      byType: 'Findings by type', byAgency: 'Findings by unit',
      byTypeNote: 'Blue: dispatch orders against trajectories; amber: office space; green: vehicles and fuel.', byAgencyNote: 'A vehicle\'s findings count for its unit.',
      offlineAgency: 'Terminal offline rate by unit', offlineVehicle: 'Terminal offline rate by vehicle',
      offlineNote: 'Offline rate = vehicle-days without any fix ÷ vehicle-days in service.',
      offlineVehicleNote: 'Only vehicles with a rate above zero; every other vehicle reported on every day.',
      timeline: 'Dispatch windows against trips (one row per vehicle)',
      timelineNote: 'Light blue: dispatch order windows; dark blue: trips found in the trajectory; red marks: findings (hover for the sentence). Drag the slider below for other days.',
      track: 'One vehicle-day\'s trajectory', trackPick: 'Vehicle and day:',
      trackNote: 'Longitude and latitude at equal scale (no map tiles). Red: trips a finding is about; blue: other trips; grey: fixes while parked; star: the vehicle\'s base.',
      units: 'Office area of each unit against its approved area',
      unitsNote: 'Usable area of offices and service rooms against the approved area A+B; red: units above it.',
      approved: 'Approved A+B', inUse: 'In use', sqm: 'm²',
      findingsTitle: 'Every finding', filterType: 'Type', filterAgency: 'Unit', filterVehicle: 'Vehicle', all: 'All',
      shown: 'showing {n} of {t}',
      no: '#', agency: 'Unit', subject: 'Subject', when: 'When', sentence: 'Finding', rule: 'Rule', evidence: 'Evidence',
      vehicleAudit: 'Vehicle audit', vehicleAuditNote: 'The per-vehicle dossier: displacement, price, purchase date, odometer and marking, with the audit\'s findings for the vehicle.',
      plate: 'Plate', category: 'Category', displacement: 'Displ. L', price: 'Price yuan', energy: 'Energy', bought: 'Bought',
      odometer: 'Odometer km', marking: 'Marking', problems: 'Findings', disposed: 'disposed of',
      fuelTitle: 'Per-vehicle fuel disclosure', fuelNote: 'Litres, amount, distance (summed from the trips) and L/100 km per vehicle and month; anomalies in red.',
      month: 'Month', refuels: 'Refuels', litres: 'Litres', yuan: 'Yuan', km: 'km', rate: 'L/100 km',
      anomaly: 'Anomaly', note: 'Note',
      filesTitle: 'Files in the same directory',
      files: {
        'findings.csv': 'every finding (CSV, one row per row of the list above)', 'findings.jsonl': 'every finding (JSON Lines, for programs)',
        'reconcile-findings.csv': 'findings of the dispatch reconciliation', 'office-findings.csv': 'findings of the office audit',
        'vehicle-findings.csv': 'findings of the vehicle audit and fuel', 'summary.csv': 'reconciliation figures per vehicle and unit',
        'units.csv': 'each unit\'s approved area, term by term', 'fuel-disclosure.csv': 'the fuel disclosure (CSV)',
        'fuel-disclosure.html': 'the fuel disclosure (printable page)', 'truth.csv': 'each injected violation, matched or missed',
        'input/': 'the inputs: vehicles, orders, injected list, persons, rooms, dossiers, quotas, refuellings',
        'database/': 'the gateway\'s H2 database (every stored position)'
      },
      vehicle: 'Vehicle', window: 'Dispatch window', trip: 'Trip', finding: 'Finding', lon: 'Longitude', lat: 'Latitude',
      base: 'Base', stops: 'Parked fixes', flagged: 'Trips with a finding', other: 'Other trips'
    }
  };
  var lang = /(^|[?#&])lang=en\b/.test(location.search + location.hash) ? 'en' : 'zh';
  var charts = {};
  var typeByCode = {};
  D.types.forEach(function (t) { typeByCode[t.code] = t; });
  var auditByCode = {};
  D.audits.forEach(function (a) { auditByCode[a.code] = a; });

  function t(key) { return T[lang][key]; }
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, k) { return values[k] === undefined ? m : String(values[k]); });
  }
  function esc(s) { return echarts.format.encodeHTML(String(s)); }
  function typeName(code) { var ty = typeByCode[code]; return ty ? ty[lang] : code; }
  function agencyName(id) { var n = D.agencyNames[id]; return n ? id + ' ' + n : id; }
  function paren(text) { return lang === 'zh' ? '（' + text + '）' : ' (' + text + ')'; }
  function colon() { return lang === 'zh' ? '：' : ': '; }
  function pct(x) { return (100 * x).toFixed(1) + '%'; }
  function num(x) { return Number(x).toLocaleString('en-US'); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function fmtTime(ms) {
    var d = new Date(ms + CST);
    function p(n) { return (n < 10 ? '0' : '') + n; }
    return d.getUTCFullYear() + '-' + p(d.getUTCMonth() + 1) + '-' + p(d.getUTCDate()) + ' ' + p(d.getUTCHours()) + ':' + p(d.getUTCMinutes());
  }

  function texts() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = t(e.getAttribute('data-i18n')); });
    document.getElementById('lang').textContent = t('toggle');
    var m = D.meta;
    document.getElementById('subtitle').textContent = fill(t('subtitle'), { from: m.from, to: m.to, asOf: m.asOf, s: m.seconds.toFixed(0) });
  }

  function cards() {
    var m = D.meta, box = document.getElementById('cards');
    box.textContent = '';
    function card(label, value, detail, cls) {
      var c = el('div', { 'class': 'card' + (cls ? ' ' + cls : '') });
      c.appendChild(el('div', { 'class': 'label' }, label));
      c.appendChild(el('div', { 'class': 'value' }, value));
      c.appendChild(el('div', { 'class': 'detail' }, detail));
      box.appendChild(c);
    }
    card(t('cardFindings'), num(m.findings), t('cardFindingsD'));
    card(t('cardTruth'), m.matched + ' / ' + m.expected, fill(t('cardTruthD'), { e: m.expected, m: m.expected - m.matched, x: m.extra }),
      m.matched === m.expected && m.extra === 0 ? 'good' : 'bad');
    card(t('cardPositions'), num(m.stored), fill(t('cardPositionsD'), { a: num(m.acknowledged), m: num(m.missing) }), m.missing === 0 ? 'good' : 'bad');
    card(t('cardOffline'), pct(m.offlineRate), fill(t('cardOfflineD'), { v: m.vehicles, t: num(m.trips), km: num(m.tripKm) }));
    card(t('cardOffice'), num(D.findings.filter(function (f) { return f.audit === 'OFFICE'; }).length),
      fill(t('cardOfficeD'), { u: m.units, p: m.persons, r: m.rooms }));
  }

  function table(id, columns, rows, rowClass) {
    var tab = document.getElementById(id);
    var head = tab.tHead, body = tab.tBodies[0];
    head.textContent = '';
    body.textContent = '';
    var hr = el('tr');
    columns.forEach(function (c) { hr.appendChild(el('th', c.num ? { 'class': 'num' } : null, t(c.key))); });
    head.appendChild(hr);
    rows.forEach(function (r, i) {
      var tr = el('tr', rowClass ? { 'class': rowClass(r) } : null);
      columns.forEach(function (c) {
        var td = el('td', c.cls || c.num ? { 'class': (c.cls || '') + (c.num ? ' num' : '') } : null);
        var v = c.value(r, i);
        if (v instanceof Node) { td.appendChild(v); } else { td.textContent = v === undefined || v === null ? '' : String(v); }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    if (!tab.parentNode.classList.contains('scroll')) {
      var wrap = el('div', { 'class': 'scroll' });
      tab.parentNode.insertBefore(wrap, tab);
      wrap.appendChild(tab);
    }
    return body;
  }

  function tag(audit) { return el('span', { 'class': 'tag ' + audit }, auditByCode[audit][lang]); }

  function truthTable() {
    table('truth', [
      { key: 'audit', value: function (r) { return tag(r.audit); } },
      { key: 'type', value: function (r) { return typeName(r.type) + paren(r.type); } },
      { key: 'expected', num: true, value: function (r) { return r.expected; } },
      { key: 'found', num: true, value: function (r) { return r.found; } },
      { key: 'matched', num: true, value: function (r) { return r.matched; } },
      { key: 'missed', num: true, value: function (r) { return r.missed; } },
      { key: 'extra', num: true, value: function (r) { return r.extra; } }
    ], D.truth, function (r) { return r.missed || r.extra ? 'flag' : ''; });
    var list = document.getElementById('truth-differences');
    list.textContent = '';
    D.missed.forEach(function (m) { list.appendChild(el('li', null, t('missed') + colon() + m)); });
    D.extraFindings.forEach(function (i) { list.appendChild(el('li', null, t('extra') + colon() + D.findings[i][lang])); });
  }

  function chart(id, option) {
    var node = document.getElementById(id);
    var c = charts[id] || echarts.init(node, null, { renderer: 'canvas' });
    charts[id] = c;
    option.textStyle = { fontFamily: getComputedStyle(document.body).fontFamily };
    option.animation = false;
    c.setOption(option, true);
    return c;
  }

  function byTypeChart() {
    var counts = {};
    D.findings.forEach(function (f) { counts[f.type] = (counts[f.type] || 0) + 1; });
    var rows = D.types.filter(function (ty) { return counts[ty.code]; }).reverse();
    document.getElementById('chart-types').style.height = Math.max(300, 24 * rows.length + 40) + 'px';
    chart('chart-types', {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', formatter: function (p) { return esc(p.name) + colon() + p.value; } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(function (ty) { return ty[lang]; }), axisLabel: { width: 220, overflow: 'truncate', fontSize: 13 } },
      series: [{ type: 'bar', barMaxWidth: 18, label: { show: true, position: 'right' },
        data: rows.map(function (ty) { return { value: counts[ty.code], itemStyle: { color: AUDIT_COLORS[ty.audit] } }; }) }]
    });
  }

  function byAgencyChart() {
    var ids = Object.keys(D.agencyNames).sort();
    D.findings.forEach(function (f) { if (f.agency && ids.indexOf(f.agency) < 0) { ids.push(f.agency); } });
    var series = D.audits.map(function (a) {
      return { name: a[lang], type: 'bar', stack: 'all', barMaxWidth: 28, itemStyle: { color: AUDIT_COLORS[a.code] },
        data: ids.map(function (id) { return D.findings.filter(function (f) { return f.agency === id && f.audit === a.code; }).length; }) };
    });
    chart('chart-agencies', {
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: axisTip },
      xAxis: { type: 'category', data: ids.map(agencyName), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series
    });
  }

  function axisTip(params) {
    return esc(params[0].axisValueLabel) + '<br>' + params.map(function (p) { return p.marker + esc(p.seriesName) + colon() + esc(p.value); }).join('<br>');
  }

  function offlineCharts() {
    chart('chart-offline-agency', {
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', formatter: function (p) { var a = D.agencyOffline[p.dataIndex];
        return esc(p.name) + colon() + pct(a.rate) + paren(a.offlineDays + ' / ' + a.vehicleDays); } },
      xAxis: { type: 'category', data: D.agencyOffline.map(function (a) { return agencyName(a.id); }), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return v + '%'; } } },
      series: [{ type: 'bar', barMaxWidth: 32, label: { show: true, position: 'top', formatter: function (p) { return p.value.toFixed(1) + '%'; } },
        data: D.agencyOffline.map(function (a) { return { value: 100 * a.rate, itemStyle: { color: a.rate > 0 ? '#b42318' : '#94a3b8' } }; }) }]
    });
    var vs = D.vehicles.filter(function (v) { return v.rate > 0; }).sort(function (a, b) { return b.rate - a.rate; });
    if (vs.length === 0) { vs = D.vehicles.slice(0, 10); }
    document.getElementById('chart-offline-vehicle').style.height = Math.max(260, 30 * vs.length + 70) + 'px';
    chart('chart-offline-vehicle', {
      grid: { left: 8, right: 48, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', formatter: function (p) { var v = vs[p.dataIndex];
        return esc(v.plate + paren(v.id + ', ' + agencyName(v.agency))) + colon() + pct(v.rate) + paren(v.offlineDays + ' / ' + v.vehicleDays); } },
      yAxis: { type: 'category', inverse: true, data: vs.map(function (v) { return v.plate; }) },
      xAxis: { type: 'value', axisLabel: { formatter: function (v) { return v + '%'; } } },
      series: [{ type: 'bar', barMaxWidth: 20, label: { show: true, position: 'right', formatter: function (p) { return p.value.toFixed(1) + '%'; } },
        data: vs.map(function (v) { return { value: 100 * v.rate, itemStyle: { color: v.rate > 0 ? '#b42318' : '#94a3b8' } }; }) }]
    });
  }

  function rect(height, color) {
    return function (params, api) {
      var start = api.coord([api.value(1), api.value(0)]);
      var end = api.coord([api.value(2), api.value(0)]);
      var h = api.size([0, 1])[1] * height;
      var shape = echarts.graphic.clipRectByRect({ x: start[0], y: start[1] - h / 2, width: Math.max(end[0] - start[0], 2), height: h },
        { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
      return shape && { type: 'rect', shape: shape, style: { fill: color } };
    };
  }

  function timelineChart() {
    var tl = D.timeline, plates = D.vehicles.map(function (v) { return v.plate; });
    var node = document.getElementById('chart-timeline');
    node.style.height = Math.max(320, 26 * plates.length + 130) + 'px';
    function shift(rows) { return rows.map(function (r) { return [r[0], r[1] + CST, r[2] + CST, r[3]]; }); }
    chart('chart-timeline', {
      useUTC: true,
      grid: { left: 8, right: 24, top: 36, bottom: 64, containLabel: true },
      legend: { top: 0, data: [t('window'), t('trip'), t('finding')] },
      tooltip: { trigger: 'item', formatter: function (p) {
        var r = p.data, who = esc(plates[r[0]]);
        if (p.seriesIndex >= 2) { var f = D.findings[r[3]]; return who + '<br>' + esc(typeName(f.type)) + '<br>' + esc(f[lang]); }
        var what = p.seriesIndex === 0 ? t('window') + ' ' + esc(r[3]) : t('trip') + ' ' + esc(r[3]) + ' km';
        return who + '<br>' + what + '<br>' + esc(fmtTime(r[1] - CST)) + ' – ' + esc(fmtTime(r[2] - CST));
      } },
      dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 12, filterMode: 'weakFilter', startValue: busiestWeek(tl) + CST, endValue: Math.min(tl.end, busiestWeek(tl) + 7 * DAY) + CST,
        labelFormatter: function (v) { return echarts.time.format(v, '{MM}-{dd}', true); } },
        { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' }],
      xAxis: { type: 'time', min: tl.start + CST, max: tl.end + CST, axisLabel: { hideOverlap: true,
        formatter: { day: '{MM}-{dd}', hour: '{HH}:{mm}', minute: '{HH}:{mm}', month: '{yyyy}-{MM}', year: '{yyyy}' } } },
      yAxis: { type: 'category', data: plates, inverse: true, axisLabel: { fontSize: 12 } },
      series: [
        { name: t('window'), type: 'custom', renderItem: rect(0.8, '#bfdbfe'), encode: { x: [1, 2], y: 0 }, data: shift(tl.windows), itemStyle: { color: '#bfdbfe' } },
        { name: t('trip'), type: 'custom', renderItem: rect(0.4, '#1e3a8a'), encode: { x: [1, 2], y: 0 }, data: shift(tl.trips), itemStyle: { color: '#1e3a8a' } },
        { name: t('finding'), type: 'scatter', symbol: 'triangle', symbolSize: 12, itemStyle: { color: '#dc2626' },
          encode: { x: 1, y: 0 }, data: shift(tl.marks), z: 5 },
        { name: t('finding'), type: 'custom', renderItem: rect(0.9, 'rgba(220, 38, 38, 0.22)'), encode: { x: [1, 2], y: 0 },
          data: shift(tl.marks), itemStyle: { color: '#dc2626' }, z: 4 }
      ]
    });
  }

  /** The start of the seven days, from midnight, that hold the most findings: the timeline opens on them. */
  function busiestWeek(tl) {
    var best = tl.start, most = -1;
    for (var day = tl.start; day < tl.end; day += DAY) {
      var n = tl.marks.filter(function (m) { return m[1] >= day && m[1] < day + 7 * DAY; }).length;
      if (n > most) { most = n; best = day; }
    }
    return Math.max(tl.start, Math.min(best, tl.end - 7 * DAY));
  }

  function trackOptions() {
    var sel = document.getElementById('track-day');
    var keep = sel.value;
    sel.textContent = '';
    D.tracks.forEach(function (d, i) {
      var kinds = d.findings.map(function (k) { return typeName(D.findings[k].type); })
        .filter(function (v, j, a) { return a.indexOf(v) === j; }).join('、');
      sel.appendChild(el('option', { value: String(i) }, d.plate + ' · ' + d.date + ' · ' + kinds));
    });
    if (keep) { sel.value = keep; }
  }

  function trackChart() {
    var d = D.tracks[Number(document.getElementById('track-day').value || 0)];
    if (!d) { return; }
    var trips = d.trips, parked = [], flagged = [], other = [];
    function tripOf(ms) { for (var i = 0; i < trips.length; i++) { if (ms >= trips[i][0] && ms <= trips[i][1]) { return trips[i]; } } return null; }
    var lastTrip = null;
    d.points.forEach(function (p) {
      var tr = tripOf(p[2]);
      if (!tr) { parked.push([p[0], p[1], p[2]]); if (lastTrip) { (lastTrip[2] ? flagged : other).push(null); lastTrip = null; } return; }
      if (tr !== lastTrip && lastTrip) { (lastTrip[2] ? flagged : other).push(null); }
      (tr[2] ? flagged : other).push([p[0], p[1], p[2]]);
      lastTrip = tr;
    });
    var xs = d.points.map(function (p) { return p[0]; }), ys = d.points.map(function (p) { return p[1]; });
    if (d.base) { xs.push(d.base[0]); ys.push(d.base[1]); }
    var box = equalScale(xs, ys, document.getElementById('chart-track'));
    var note = d.findings.map(function (k) { return D.findings[k][lang]; }).join(' ');
    document.getElementById('track-note').textContent = t('trackNote') + ' ' + note;
    function line(name, data, color, width) {
      return { name: name, type: 'line', data: data, showSymbol: true, showAllSymbol: true, symbol: 'circle', symbolSize: 4, connectNulls: false,
        lineStyle: { color: color, width: width },
        itemStyle: { color: color } };
    }
    chart('chart-track', {
      grid: { left: 64, right: 24, top: 36, bottom: 48 },
      legend: { top: 0 },
      tooltip: { trigger: 'item', formatter: function (p) {
        if (!p.data || !p.data[2]) { return esc(p.seriesName); }
        return esc(p.seriesName) + '<br>' + esc(fmtTime(p.data[2])) + '<br>' + p.data[0].toFixed(5) + ', ' + p.data[1].toFixed(5); } },
      xAxis: { type: 'value', name: t('lon'), nameLocation: 'middle', nameGap: 28, min: box.x0, max: box.x1, splitNumber: 5,
        axisLabel: { formatter: function (v) { return v.toFixed(3); } } },
      yAxis: { type: 'value', name: t('lat'), nameLocation: 'middle', nameGap: 52, min: box.y0, max: box.y1, splitNumber: 5,
        axisLabel: { formatter: function (v) { return v.toFixed(3); } } },
      series: [
        { name: t('stops'), type: 'scatter', symbolSize: 4, itemStyle: { color: '#9ca3af' }, data: parked },
        line(t('other'), other, '#2563eb', 2),
        line(t('flagged'), flagged, '#dc2626', 3),
        { name: t('base'), type: 'scatter', symbol: 'path://M0,-10L2.9,-4L9.5,-3.1L4.7,1.5L5.9,8.1L0,5L-5.9,8.1L-4.7,1.5L-9.5,-3.1L-2.9,-4Z',
          symbolSize: 18, itemStyle: { color: '#111827' }, data: d.base ? [[d.base[0], d.base[1]]] : [] }
      ]
    });
  }

  /** Axis ranges at which a kilometre east is as long on screen as a kilometre north. */
  function equalScale(xs, ys, node) {
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var kx = 111.32 * Math.cos((y0 + y1) / 2 * Math.PI / 180), ky = 110.57;
    var w = Math.max(node.clientWidth - 88, 100), h = Math.max(node.clientHeight - 84, 100);
    var kmW = Math.max((x1 - x0) * kx, 0.2) * 1.1, kmH = Math.max((y1 - y0) * ky, 0.2) * 1.1;
    var perPx = Math.max(kmW / w, kmH / h);
    var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, hw = perPx * w / 2 / kx, hh = perPx * h / 2 / ky;
    return { x0: cx - hw, x1: cx + hw, y0: cy - hh, y1: cy + hh };
  }

  function unitsChart() {
    chart('chart-units', {
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (params) {
        var u = D.units[params[0].dataIndex];
        return axisTip(params) + '<br>' + esc(u.explain); }, extraCssText: 'max-width: 420px; white-space: normal;' },
      xAxis: { type: 'category', data: D.units.map(function (u) { return agencyName(u.id); }), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
      yAxis: { type: 'value', name: t('sqm') },
      series: [
        { name: t('approved'), type: 'bar', barMaxWidth: 26, itemStyle: { color: '#94a3b8' }, data: D.units.map(function (u) { return u.approved; }) },
        { name: t('inUse'), type: 'bar', barMaxWidth: 26, itemStyle: { color: '#2563eb' }, label: { show: true, position: 'top' },
          data: D.units.map(function (u) { return { value: u.inUse, itemStyle: { color: u.over ? '#dc2626' : '#2563eb' } }; }) }
      ]
    });
  }

  function subjectOf(f) {
    var parts = [];
    if (f.plate || f.vehicle) { parts.push(f.plate ? f.plate + paren(f.vehicle) : f.vehicle); }
    if (f.order) { parts.push(f.order); }
    if (f.person) { parts.push(f.person); }
    if (f.rooms) { parts.push(f.rooms); }
    return parts.join(' · ');
  }

  function select(id, values, label) {
    var sel = document.getElementById(id), keep = sel.value;
    sel.textContent = '';
    sel.appendChild(el('option', { value: '' }, t('all')));
    values.forEach(function (v) { sel.appendChild(el('option', { value: v }, label(v))); });
    sel.value = keep && values.indexOf(keep) >= 0 ? keep : '';
  }

  function unique(values) { return values.filter(function (v, i, a) { return v && a.indexOf(v) === i; }).sort(); }

  function findingsTable() {
    select('filter-type', D.types.map(function (ty) { return ty.code; }).filter(function (c) {
      return D.findings.some(function (f) { return f.type === c; }); }), typeName);
    select('filter-agency', unique(D.findings.map(function (f) { return f.agency; })), agencyName);
    var plates = {};
    D.findings.forEach(function (f) { if (f.vehicle) { plates[f.vehicle] = f.plate || f.vehicle; } });
    select('filter-vehicle', unique(D.findings.map(function (f) { return f.vehicle; })), function (v) { return plates[v] + paren(v); });
    table('findings', [
      { key: 'no', num: true, value: function (f, i) { return i + 1; } },
      { key: 'type', value: function (f) { var s = el('span'); s.appendChild(tag(f.audit)); s.appendChild(el('div', null, typeName(f.type))); return s; } },
      { key: 'agency', value: function (f) { return agencyName(f.agency); } },
      { key: 'subject', value: subjectOf },
      { key: 'when', value: function (f) { return f.when; } },
      { key: 'sentence', cls: 'sentence', value: function (f) { var s = el('div', null, f[lang]);
        s.appendChild(el('div', { 'class': 'rule' }, t('rule') + colon() + f.rule)); return s; } },
      { key: 'evidence', value: function (f) { var d = el('details'); d.appendChild(el('summary', null, t('evidence')));
        d.appendChild(el('code', null, f.evidence)); return d; } }
    ], D.findings);
    filterFindings();
  }

  function filterFindings() {
    var ty = document.getElementById('filter-type').value, ag = document.getElementById('filter-agency').value,
      ve = document.getElementById('filter-vehicle').value, rows = document.getElementById('findings').tBodies[0].rows, n = 0;
    D.findings.forEach(function (f, i) {
      var show = (!ty || f.type === ty) && (!ag || f.agency === ag) && (!ve || f.vehicle === ve);
      rows[i].style.display = show ? '' : 'none';
      n += show ? 1 : 0;
    });
    document.getElementById('filter-count').textContent = fill(t('shown'), { n: n, t: D.findings.length });
  }

  function dossierTable() {
    table('dossiers', [
      { key: 'vehicle', value: function (d) { return d.id; } },
      { key: 'plate', value: function (d) { return d.plate; } },
      { key: 'agency', value: function (d) { return agencyName(d.agency); } },
      { key: 'category', value: function (d) { return lang === 'zh' ? d.categoryZh : d.category; } },
      { key: 'displacement', num: true, value: function (d) { return d.displacement; } },
      { key: 'price', num: true, value: function (d) { return d.price ? num(d.price) : ''; } },
      { key: 'energy', value: function (d) { return d.energy; } },
      { key: 'bought', value: function (d) { return d.bought + (d.disposed ? paren(t('disposed') + ' ' + d.disposed) : ''); } },
      { key: 'odometer', num: true, value: function (d) { return d.odometer ? num(d.odometer) : ''; } },
      { key: 'marking', value: function (d) { return d.marking; } },
      { key: 'problems', cls: 'bad', value: function (d) { return d.findings.map(typeName).join('、'); } }
    ], D.dossiers, function (d) { return d.findings.length ? 'flag' : ''; });
  }

  function fuelTable() {
    table('fuel', [
      { key: 'month', value: function (r) { return r.month; } },
      { key: 'plate', value: function (r) { return r.plate; } },
      { key: 'agency', value: function (r) { return agencyName(r.agency); } },
      { key: 'category', value: function (r) { return r.categoryZh; } },
      { key: 'refuels', num: true, value: function (r) { return r.refuels; } },
      { key: 'litres', num: true, value: function (r) { return Number(r.litres).toFixed(2); } },
      { key: 'yuan', num: true, value: function (r) { return Number(r.yuan).toFixed(2); } },
      { key: 'km', num: true, value: function (r) { return r.km === '' ? '' : Number(r.km).toFixed(1); } },
      { key: 'rate', num: true, value: function (r) { return r.rate; } },
      { key: 'anomaly', cls: 'bad', value: function (r) { return r.anomaly; } },
      { key: 'note', value: function (r) { return r.note; } }
    ], D.fuel, function (r) { return r.anomaly ? 'flag' : ''; });
  }

  function files() {
    var ul = document.getElementById('files');
    ul.textContent = '';
    Object.keys(T[lang].files).forEach(function (name) {
      var li = el('li');
      var a = el('a', { href: name }, name);
      li.appendChild(a);
      li.appendChild(document.createTextNode(colon() + T[lang].files[name]));
      ul.appendChild(li);
    });
  }

  function render() {
    texts();
    cards();
    truthTable();
    byTypeChart();
    byAgencyChart();
    offlineCharts();
    timelineChart();
    trackOptions();
    trackChart();
    unitsChart();
    findingsTable();
    dossierTable();
    fuelTable();
    files();
  }

  document.getElementById('lang').addEventListener('click', function () { lang = lang === 'zh' ? 'en' : 'zh'; render(); });
  ['filter-type', 'filter-agency', 'filter-vehicle'].forEach(function (id) {
    document.getElementById(id).addEventListener('change', filterFindings);
  });
  document.getElementById('track-day').addEventListener('change', trackChart);
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (k) { charts[k].resize(); });
    trackChart();
  });
  render();
  window.jiguanReport = { charts: charts, data: D, setLanguage: function (l) { lang = l; render(); } };
}());

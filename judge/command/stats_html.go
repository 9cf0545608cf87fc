package command

import (
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/progress"
	"github.com/judgehq/judge/judge/session"
)

// statsPage is one self-contained page: inline styles and SVG, nothing
// fetched, so that it opens offline and can be mailed as is.
var statsPage = template.Must(template.New("stats").Funcs(template.FuncMap{
	"pct": func(x *float64) string {
		if x == nil {
			return "–"
		}
		return percent(*x)
	},
	"clock": func(s *int) string {
		if s == nil {
			return "–"
		}
		return session.Clock(time.Duration(*s) * time.Second)
	},
}).Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>judge: progress on {{.S.Date}}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; color: #1d2330; background: #fbfbfd; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.1rem; margin-top: 2rem; border-bottom: 1px solid #dde; }
.sub { color: #667; } table { border-collapse: collapse; width: 100%; } td, th { padding: .2rem .5rem; text-align: left; }
th { color: #667; font-weight: 500; font-size: .85rem; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.cards { display: flex; gap: 1rem; flex-wrap: wrap; } .card { background: #fff; border: 1px solid #e3e3ea; border-radius: 8px; padding: .6rem 1rem; min-width: 8rem; }
.card b { display: block; font-size: 1.5rem; } .legend span { margin-right: 1rem; } .sw { display: inline-block; width: .8rem; height: .8rem; vertical-align: -1px; margin-right: .3rem; }
svg text { font: 11px system-ui, sans-serif; fill: #667; }
</style>
</head>
<body>
<h1>Progress</h1>
<div class="sub">{{.S.Date}} · each problem counted once, however often it was tried</div>

<div class="cards" style="margin-top:1rem">
<div class="card"><b>{{.S.Problems.Solved}} / {{.S.Problems.Total}}</b>solved on time</div>
<div class="card"><b>{{.S.Problems.Attempted}}</b>problems attempted</div>
<div class="card"><b>{{.S.DaysPractised}}</b>days practised</div>
<div class="card"><b>{{.S.StreakDays}}</b>day streak</div>
<div class="card"><b>{{.S.RoundsLast7Days}} · {{.S.RoundsLast30Days}}</b>rounds, last 7 · 30 days</div>
<div class="card"><b>{{pct .S.PassRate}}</b>of {{.S.Rounds}} rounds passed on time</div>
</div>

<h2>Topics</h2>
<div class="legend sub"><span><i class="sw" style="background:#2e9e5b"></i>solved on time</span><span><i class="sw" style="background:#e0b13a"></i>attempted</span><span><i class="sw" style="background:#e6e6ee"></i>not yet</span></div>
<table>
<tr><th>topic</th><th></th><th>solved</th><th>attempted</th><th>in the bank</th><th>median time used</th></tr>
{{range .Topics}}<tr><td>{{.Topic}}</td>
<td><svg width="{{$.BarWidth}}" height="12" role="img" aria-label="{{.Solved}} solved, {{.Attempted}} attempted of {{.Total}}"><rect width="{{$.BarWidth}}" height="12" rx="2" fill="#e6e6ee"/><rect width="{{.AttemptedW}}" height="12" rx="2" fill="#e0b13a"/><rect width="{{.SolvedW}}" height="12" rx="2" fill="#2e9e5b"/></svg></td>
<td class="n">{{.Solved}}</td><td class="n">{{.Attempted}}</td><td class="n">{{.Total}}</td><td>{{clock .MedianSecondsUsed}}{{if .MedianClockShare}}, {{pct .MedianClockShare}} of the clock{{end}}</td></tr>
{{end}}</table>

<h2>Difficulty and plans</h2>
<table>
<tr><th></th><th>solved on time</th><th>attempted</th><th>total</th></tr>
{{range .S.Difficulties}}<tr><td>{{.Name}}</td><td class="n">{{.Solved}}</td><td class="n">{{.Attempted}}</td><td class="n">{{.Total}}</td></tr>
{{end}}{{range .S.Plans}}<tr><td title="{{.Title}}">plan: {{.Name}}</td><td class="n">{{.Solved}}</td><td class="n">{{.Attempted}}</td><td class="n">{{.Total}}</td></tr>
{{end}}</table>

<h2>The last 30 days</h2>
<p class="sub">On-time pass rate, last 14 days: {{pct .S.PassRateLast14Days}}; the 14 before: {{pct .S.PassRatePrevious14Days}}{{if .S.Trend}} ({{.S.Trend}}){{end}}.</p>
<svg width="{{.ChartW}}" height="{{.ChartH}}" viewBox="0 0 {{.ChartW}} {{.ChartH}}" role="img" aria-label="rounds per day and on-time pass rate, last 30 days">
<line x1="40" y1="{{.Base}}" x2="{{.ChartW}}" y2="{{.Base}}" stroke="#ccd"/>
<text x="0" y="14">{{.MaxRounds}} rounds</text><text x="0" y="{{.Base}}">0</text>
<text x="{{.RightX}}" y="24" style="fill:#c0392b">100%</text><text x="{{.RightX}}" y="{{.Base}}" style="fill:#c0392b">0%</text>
{{range .Days}}<rect x="{{.X}}" y="{{.Y}}" width="{{$.DayW}}" height="{{.H}}" fill="#7aa7e0"><title>{{.Date}}: {{.Rounds}} rounds, {{.Passed}} passed</title></rect>
<rect x="{{.X}}" y="{{.PY}}" width="{{$.DayW}}" height="{{.PH}}" fill="#2e9e5b"/>
{{end}}<polyline fill="none" stroke="#c0392b" stroke-width="2" points="{{.RateLine}}"/>
{{range .Ticks}}<text x="{{.X}}" y="{{$.TickY}}">{{.Label}}</text>{{end}}
</svg>
<div class="legend sub"><span><i class="sw" style="background:#7aa7e0"></i>rounds per day</span><span><i class="sw" style="background:#2e9e5b"></i>passed on time</span><span><i class="sw" style="background:#c0392b"></i>pass rate of the last 7 days (0–100%)</span></div>

<h2>Readiness</h2>
<p class="sub">The last {{.Window}} mock rounds of each format, passed on time.</p>
<table>
{{range .S.Readiness}}<tr><td>{{.Format}}</td><td>{{if .Rounds}}{{.Passed}} of the last {{.Rounds}} ({{pct .Share}}){{else}}no mock yet{{end}}</td></tr>
{{end}}</table>
</body>
</html>
`))

// statsView is what the page draws, laid out.
type statsView struct {
	S                    *progress.Stats
	Window               int
	BarWidth             int
	Topics               []topicRow
	ChartW, ChartH, Base int
	DayW, MaxRounds      int
	RightX               int
	TickY                int
	Days                 []dayBar
	RateLine             string
	Ticks                []tick
}

type topicRow struct {
	progress.TopicStats
	SolvedW, AttemptedW int
}

type dayBar struct {
	progress.DayStats
	X, Y, H, PY, PH int
}

type tick struct {
	X     int
	Label string
}

// renderStatsHTML writes st as a page.
func renderStatsHTML(w io.Writer, st *progress.Stats) error {
	v := statsView{S: st, Window: progress.ReadinessWindow, BarWidth: 200, ChartH: 180, DayW: 18}
	for _, t := range st.Topics {
		row := topicRow{TopicStats: t}
		if t.Total > 0 {
			row.SolvedW = t.Solved * v.BarWidth / t.Total
			row.AttemptedW = t.Attempted * v.BarWidth / t.Total
		}
		v.Topics = append(v.Topics, row)
	}
	const left, top = 44, 20
	v.Base = v.ChartH - 24
	v.TickY = v.ChartH - 6
	v.RightX = left + len(st.Days)*(v.DayW+4) + 4
	v.ChartW = v.RightX + 36
	v.MaxRounds = 1
	for _, d := range st.Days {
		v.MaxRounds = max(v.MaxRounds, d.Rounds)
	}
	height := v.Base - top
	var line []string
	for i, d := range st.Days {
		x := left + i*(v.DayW+4)
		b := dayBar{DayStats: d, X: x}
		b.H = d.Rounds * height / v.MaxRounds
		b.Y = v.Base - b.H
		b.PH = d.Passed * height / v.MaxRounds
		b.PY = v.Base - b.PH
		v.Days = append(v.Days, b)
		if d.PassRate7Days != nil {
			line = append(line, fmt.Sprintf("%d,%d", x+v.DayW/2, v.Base-int(*d.PassRate7Days*float64(height))))
		}
		if i%7 == 0 && i+4 < len(st.Days) || i == len(st.Days)-1 {
			if t, err := time.Parse(time.DateOnly, d.Date); err == nil {
				v.Ticks = append(v.Ticks, tick{X: x, Label: t.Format("Jan 2")})
			}
		}
	}
	v.RateLine = strings.Join(line, " ")
	return statsPage.Execute(w, v)
}

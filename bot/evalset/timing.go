package evalset

import (
	"math"
	"slices"
	"time"
)

// Timing is how long one reading of an utterance took, over Samples calls.
// Percentiles are nearest-rank, so with fewer than 100 samples P99 is Max.
type Timing struct {
	Samples   int           `json:"samples"`
	P50       time.Duration `json:"p50_ns"`
	P99       time.Duration `json:"p99_ns"`
	Max       time.Duration `json:"max_ns"`
	Total     time.Duration `json:"total_ns"`
	PerSecond float64       `json:"utterances_per_s"` // Samples over Total: one caller, back to back
}

// Time reads every case's text rounds times and times each call, for steadier
// figures than one pass of a small set gives; Score's own timing is one pass.
func Time(cases []Case, rounds int, analyze func(text string) Got) Timing {
	took := make([]time.Duration, 0, len(cases)*max(rounds, 0))
	for range rounds {
		for _, c := range cases {
			start := time.Now()
			analyze(c.Text)
			took = append(took, time.Since(start))
		}
	}
	return timing(took)
}

func timing(took []time.Duration) Timing {
	t := Timing{Samples: len(took)}
	if len(took) == 0 {
		return t
	}
	sorted := slices.Clone(took)
	slices.Sort(sorted)
	for _, d := range sorted {
		t.Total += d
	}
	rank := func(p float64) time.Duration {
		i := int(math.Ceil(p*float64(len(sorted)))) - 1
		return sorted[min(max(i, 0), len(sorted)-1)]
	}
	t.P50, t.P99, t.Max = rank(0.50), rank(0.99), sorted[len(sorted)-1]
	if t.Total > 0 {
		t.PerSecond = float64(t.Samples) / t.Total.Seconds()
	}
	return t
}

//go:build ignore

package main

// window is how many seconds back getHits looks, the current one included.
const window = 300

// secondCount is how many hits arrived in one second.
type secondCount struct {
	second, hits int
}

// HitCounter keeps a queue of the seconds that had hits, oldest first, each
// with its count, and the total of the counts. Seconds that leave the
// window are dropped from the front on every call, so the queue holds at
// most 300 entries however many hits arrive.
type HitCounter struct {
	queue []secondCount
	total int
}

func Constructor() HitCounter {
	return HitCounter{}
}

// expire drops the seconds at or before now - window.
func (this *HitCounter) expire(now int) {
	i := 0
	for i < len(this.queue) && this.queue[i].second <= now-window {
		this.total -= this.queue[i].hits
		i++
	}
	this.queue = this.queue[i:]
}

func (this *HitCounter) Hit(timestamp int) {
	this.expire(timestamp)
	if n := len(this.queue); n > 0 && this.queue[n-1].second == timestamp {
		this.queue[n-1].hits++
	} else {
		this.queue = append(this.queue, secondCount{timestamp, 1})
	}
	this.total++
}

func (this *HitCounter) GetHits(timestamp int) int {
	this.expire(timestamp)
	return this.total
}

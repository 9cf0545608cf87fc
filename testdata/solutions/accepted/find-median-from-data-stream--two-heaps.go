type maxH struct{ sort.IntSlice }

func (h maxH) Less(i, j int) bool { return h.IntSlice[i] > h.IntSlice[j] }
func (h *maxH) Push(x any)        { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *maxH) Pop() any {
	x := h.IntSlice[len(h.IntSlice)-1]
	h.IntSlice = h.IntSlice[:len(h.IntSlice)-1]
	return x
}

type minH struct{ sort.IntSlice }

func (h *minH) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *minH) Pop() any {
	x := h.IntSlice[len(h.IntSlice)-1]
	h.IntSlice = h.IntSlice[:len(h.IntSlice)-1]
	return x
}

type MedianFinder struct {
	lo *maxH
	hi *minH
}

func Constructor() MedianFinder { return MedianFinder{&maxH{}, &minH{}} }

func (this *MedianFinder) AddNum(num int) {
	heap.Push(this.lo, num)
	heap.Push(this.hi, heap.Pop(this.lo))
	if this.hi.Len() > this.lo.Len() {
		heap.Push(this.lo, heap.Pop(this.hi))
	}
}

func (this *MedianFinder) FindMedian() float64 {
	if this.lo.Len() > this.hi.Len() {
		return float64(this.lo.IntSlice[0])
	}
	return float64(this.lo.IntSlice[0]+this.hi.IntSlice[0]) / 2
}

type MinStack struct{ s [][2]int }

func Constructor() MinStack { return MinStack{} }

func (this *MinStack) Push(val int) {
	m := val
	if n := len(this.s); n > 0 && this.s[n-1][1] < m {
		m = this.s[n-1][1]
	}
	this.s = append(this.s, [2]int{val, m})
}

func (this *MinStack) Pop()         { this.s = this.s[:len(this.s)-1] }
func (this *MinStack) Top() int     { return this.s[len(this.s)-1][0] }
func (this *MinStack) GetMin() int  { return this.s[len(this.s)-1][1] }

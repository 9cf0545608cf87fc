type RandomizedSet struct {
	idx  map[int]int
	vals []int
}

func Constructor() RandomizedSet { return RandomizedSet{idx: map[int]int{}} }

func (this *RandomizedSet) Insert(val int) bool {
	if _, ok := this.idx[val]; ok {
		return false
	}
	this.idx[val] = len(this.vals)
	this.vals = append(this.vals, val)
	return true
}

func (this *RandomizedSet) Remove(val int) bool {
	i, ok := this.idx[val]
	if !ok {
		return false
	}
	last := this.vals[len(this.vals)-1]
	this.vals[i] = last
	this.idx[last] = i
	this.vals = this.vals[:len(this.vals)-1]
	delete(this.idx, val)
	return true
}

func (this *RandomizedSet) GetRandom() int { return this.vals[rand.Intn(len(this.vals))] }

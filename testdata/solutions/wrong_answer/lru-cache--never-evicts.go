// message: op 5 get(2): expected -1, got 2
type LRUCache struct{ m map[int]int }

func Constructor(capacity int) LRUCache { return LRUCache{map[int]int{}} }

func (this *LRUCache) Get(key int) int {
	if v, ok := this.m[key]; ok {
		return v
	}
	return -1
}

func (this *LRUCache) Put(key int, value int) { this.m[key] = value }

// message: during operation
type LRUCache struct{ m map[int]*int }

func Constructor(capacity int) LRUCache { return LRUCache{map[int]*int{}} }

func (this *LRUCache) Get(key int) int { return *this.m[key+1000] }

func (this *LRUCache) Put(key int, value int) { this.m[key] = &value }

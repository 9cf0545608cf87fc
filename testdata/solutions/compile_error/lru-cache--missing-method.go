// message: no method Put
type LRUCache struct{}

func Constructor(capacity int) LRUCache { return LRUCache{} }

func (this *LRUCache) Get(key int) int { return -1 }

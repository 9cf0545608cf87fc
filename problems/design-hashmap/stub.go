//go:build ignore

package main

type MyHashMap struct {
}

func Constructor() MyHashMap {
	return MyHashMap{}
}

func (this *MyHashMap) Put(key int, value int) {
}

func (this *MyHashMap) Get(key int) int {
	return 0
}

func (this *MyHashMap) Remove(key int) {
}

/**
 * Your MyHashMap object will be instantiated and called as such:
 * obj := Constructor();
 * obj.Put(key,value);
 * param_2 := obj.Get(key);
 * obj.Remove(key);
 */

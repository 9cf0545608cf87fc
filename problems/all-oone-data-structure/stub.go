//go:build ignore

package main

type AllOne struct {
}

func Constructor() AllOne {
	return AllOne{}
}

func (this *AllOne) Inc(key string) {

}

func (this *AllOne) Dec(key string) {

}

func (this *AllOne) GetMaxKey() string {
	return ""
}

func (this *AllOne) GetMinKey() string {
	return ""
}

/**
 * Your AllOne object will be instantiated and called as such:
 * obj := Constructor();
 * obj.Inc(key);
 * obj.Dec(key);
 * param_3 := obj.GetMaxKey();
 * param_4 := obj.GetMinKey();
 */

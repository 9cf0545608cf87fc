// message: too slow to compile
// build-timeout: 2s
// Each level instantiates the one below twice, with new types: 2^15
// instantiations, minutes of compiling.
func f0[T any]() { var x T; _ = x }
func f1[T any]() { f0[struct{ a T }](); f0[struct{ b T }]() }
func f2[T any]() { f1[struct{ a T }](); f1[struct{ b T }]() }
func f3[T any]() { f2[struct{ a T }](); f2[struct{ b T }]() }
func f4[T any]() { f3[struct{ a T }](); f3[struct{ b T }]() }
func f5[T any]() { f4[struct{ a T }](); f4[struct{ b T }]() }
func f6[T any]() { f5[struct{ a T }](); f5[struct{ b T }]() }
func f7[T any]() { f6[struct{ a T }](); f6[struct{ b T }]() }
func f8[T any]() { f7[struct{ a T }](); f7[struct{ b T }]() }
func f9[T any]() { f8[struct{ a T }](); f8[struct{ b T }]() }
func f10[T any]() { f9[struct{ a T }](); f9[struct{ b T }]() }
func f11[T any]() { f10[struct{ a T }](); f10[struct{ b T }]() }
func f12[T any]() { f11[struct{ a T }](); f11[struct{ b T }]() }
func f13[T any]() { f12[struct{ a T }](); f12[struct{ b T }]() }
func f14[T any]() { f13[struct{ a T }](); f13[struct{ b T }]() }

func twoSum(nums []int, target int) []int {
	f14[int]()
	return nil
}

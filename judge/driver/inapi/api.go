// Package inapi is the driver's code for the types LeetCode's templates
// declare as APIs the solution is given: NestedInteger (nested-list
// problems) and Iterator (peeking-iterator). Like inmain's, the files are
// compiled into package main beside the user's file; the types
// themselves are predefined from the shape registry's declarations, which
// types.go holds for this package's own tests (a test keeps the two
// equal).
package inapi

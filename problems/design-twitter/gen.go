//go:build ignore

package main

import "math/rand/v2"

// genCalls collects a sequence of calls in the tests' form.
type genCalls struct {
	ops  []string
	args [][]int
}

func genNewCalls() *genCalls {
	return &genCalls{ops: []string{"Twitter"}, args: [][]int{{}}}
}

func (c *genCalls) add(op string, a ...int) {
	c.ops = append(c.ops, op)
	c.args = append(c.args, a)
}

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

// generate builds 3*10^4-call sequences with all 10^4+1 tweet ids used.
// In the first, user 1 follows every other user, all tweets are posted in
// a shuffled id order, and then user 1 asks for the feed again and again:
// a feed that gathers and sorts every followee's tweets costs about 10^4 log
// 10^4 per call. The second mixes all operations at random over 500 users;
// the third has one user follow and unfollow the same few accounts between
// feeds.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(355, 30000))
	const calls, users, ids = 30000, 500, 10001

	// Shuffled ids so that id order says nothing about posting order.
	genIDs := func() []int { return r.Perm(ids) }

	heavy := genNewCalls()
	for u := 2; u <= users; u++ {
		heavy.add("follow", 1, u)
	}
	for i, id := range genIDs() {
		heavy.add("postTweet", 1+i%users, id)
	}
	for len(heavy.ops) < calls {
		heavy.add("getNewsFeed", 1)
	}

	mix := genNewCalls()
	next := genIDs()
	for len(mix.ops) < calls {
		u := 1 + r.IntN(users)
		v := 1 + r.IntN(users-1)
		if v >= u {
			v++
		}
		switch k := r.IntN(10); {
		case k < 3 && len(next) > 0:
			mix.add("postTweet", u, next[0])
			next = next[1:]
		case k < 5:
			mix.add("follow", u, v)
		case k < 6:
			mix.add("unfollow", u, v)
		default:
			mix.add("getNewsFeed", u)
		}
	}

	churn := genNewCalls()
	next = genIDs()
	for len(churn.ops)+6 <= calls {
		f := 2 + r.IntN(5)
		if len(next) > 0 {
			churn.add("postTweet", f, next[0])
			next = next[1:]
		}
		churn.add("follow", 1, f)
		churn.add("getNewsFeed", 1)
		churn.add("unfollow", 1, 2+r.IntN(5))
		churn.add("getNewsFeed", 1)
	}

	return []GenCase{
		{Name: "large-follow-everyone-then-feeds", Input: heavy.input()},
		{Name: "large-random-mix", Input: mix.input()},
		{Name: "large-follow-unfollow-churn", Input: churn.input()},
	}
}

// sized makes n calls: user 1 follows users 2 to 50, then posts by those
// users (tweet ids in a shuffled order) alternate with user 1's feed. The
// reference merges 50 lists for ten steps, a constant cost per feed; a feed
// that gathers and sorts all followees' tweets costs O(n log n) each time.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(355, uint64(n)))
	c := genNewCalls()
	for u := 2; u <= 50; u++ {
		c.add("follow", 1, u)
	}
	ids := r.Perm(10001)
	for i := 0; len(c.ops) < n; i++ {
		if i%2 == 0 {
			c.add("postTweet", 2+r.IntN(49), ids[(i/2)%len(ids)])
		} else {
			c.add("getNewsFeed", 1)
		}
	}
	return c.input()
}

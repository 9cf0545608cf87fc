//go:build ignore

package main

// Twitter keeps one global list of every post in order and the set of
// (follower, followee) pairs. A feed walks the global list from the newest
// post back, keeping posts by the user or by someone the user follows now.
type Twitter struct {
	posters, ids []int
	follows      map[[2]int]bool
}

func Constructor() Twitter {
	return Twitter{follows: map[[2]int]bool{}}
}

func (this *Twitter) PostTweet(userId int, tweetId int) {
	this.posters = append(this.posters, userId)
	this.ids = append(this.ids, tweetId)
}

func (this *Twitter) GetNewsFeed(userId int) []int {
	feed := []int{}
	for i := len(this.ids) - 1; i >= 0 && len(feed) < 10; i-- {
		p := this.posters[i]
		if p == userId || this.follows[[2]int{userId, p}] {
			feed = append(feed, this.ids[i])
		}
	}
	return feed
}

func (this *Twitter) Follow(followerId int, followeeId int) {
	this.follows[[2]int{followerId, followeeId}] = true
}

func (this *Twitter) Unfollow(followerId int, followeeId int) {
	delete(this.follows, [2]int{followerId, followeeId})
}

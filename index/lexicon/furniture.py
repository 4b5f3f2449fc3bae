"""Words of page furniture: what web pages, e-mails and press releases say about themselves
(navigation, share bars, subscription prompts, release labels, government site banners), as
opposed to the story. A short line made only of these and of function words is furniture."""

from __future__ import annotations

PAGE_WORDS = frozenset(
    """like share shares shared print printer friendly more pin pinterest facebook twitter x tweet
    email e-mail emails whatsapp linkedin reddit telegram instagram youtube copy link links save
    reply replies leave comment comments post posts source read related article articles story
    stories subscribe subscribed subscription subscriptions unsubscribe follow sign signup newsletter
    newsletters advertisement advertisements ad ads sponsored next previous prev home back top view
    viewing show hide click tap here loading tags tag filed continue reading browser online web
    website websites webpage page pages version skip main content contents navigation menu search
    toggle official government gov secure https http site sites lock locked padlock sensitive
    information connection connections contact contacts media press release releases immediate
    news newsroom trouble having know cookies cookie privacy policy policies terms use
    accessibility sitemap copyright rights reserved log login logout register account forward
    friend sent receive receiving mailing list lists update updates preferences manage alert
    alerts rss feed feeds app apps download listen watch video videos audio photo photos image
    images gallery caption credit breaking advisory statement statements end fact sheet sheets
    featured trending popular topics topic section sections archive archives toolbar banner""".split()
)
# Words only about the medium (a site, an e-mail, a feed): a short line with one of these and
# mostly page words is furniture even with a story word in it ("An official website of the
# United States government").
MEDIUM_WORDS = frozenset(
    """website websites webpage browser email e-mail emails https http cookies cookie newsletter
    newsletters subscribe unsubscribe login logout sitemap rss toolbar""".split()
)
# Words that carry no subject of their own and may sit in a furniture line ("View this email in
# your browser", "Here's how you know").
FUNCTION_WORDS = frozenset(
    """a an the this that these it its in on at to of for from by with and or you your yours we our
    us is are be was can if not please all no do don't doesn't me my how here's what why up
    may also under out via""".split()
)

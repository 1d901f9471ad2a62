"""The chrome of a real portal page, around the load site's pages (demo/loadsite.py).

A top bar, a mega-menu of section drop-downs, sidebar widgets of other essays (picture,
title, date, reads), a share bar, ad slots and a footer of friend links, each sized by
the page's seeded weight. Real Chinese news pages are heavy: the 31 pages of
../shared/corpus/real-pages have a median of 953 elements and 173 links, and plain
trafilatura takes 63 ms on the median one; pages of a few dozen elements would make
extraction look cheap beside the crawl. Links to other hosts (friend links, ads, the top
bar) are not followed by a crawl of the site.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .varied import esc, split_words

Link = tuple[str, str]  # href, text
Teaser = tuple[str, str, str]  # href, title, summary

_TOP = split_words(
    "人民网 新华网 央视网 光明网 中国网 国际在线 中国日报 中青网 中国经济网 中国台湾网"
)
_SUBS = split_words("要闻 动态 专题 图片 视频 评论 访谈 数据 政策 解读 地方 基层 人物 资料 往期")
_WIDGETS = split_words("热点排行 编辑推荐 图片新闻 专题聚焦 深度阅读 一周热门 本站精选")
_SHARE = split_words("微信 微博 QQ空间 QQ好友 豆瓣 复制链接 打印 收藏 字号大 字号小")
_ABOUT = split_words("关于我们 联系方式 广告服务 网站地图 版权声明 投稿须知 招聘信息 意见反馈")
_FRIENDS = split_words(
    "太原新闻网 大同新闻网 阳泉新闻网 长治新闻网 晋城新闻网 朔州新闻网 忻州新闻网 吕梁新闻网 "
    "临汾新闻网 运城新闻网 黄河新闻网 山西新闻网 三晋都市报 山西日报 山西晚报 发展导报 "
    "山西经济日报 山西农民报 山西法制报 科学导报 太原日报 太原晚报 山西青年报 五台山杂志"
)


def _external(i: int, name: str) -> Link:
    return f"http://www{i}.example.cn/", name


def _menu(rng: random.Random, sections: Sequence[Link], weight: float) -> str:
    """Section drop-downs: each section's listing, then sub-columns (links to the listing)."""
    items = []
    for href, name in sections:
        subs = rng.sample(_SUBS, min(len(_SUBS), max(2, round(rng.uniform(2, 6) * weight))))
        sub = "".join(f'<li><a href="{href}">{name}{s}</a></li>' for s in subs)
        items.append(
            f'<li class="menu-item"><a href="{href}">{name}</a><div class="drop"><ul>{sub}</ul></div></li>'
        )
    return f'<div class="mega"><ul class="menu">{"".join(items)}</ul></div>'


def _widget(rng: random.Random, name: str, essays: Sequence[Teaser], count: int) -> str:
    rows = []
    for k, (href, title, summary) in enumerate(
        rng.sample(list(essays), min(count, len(essays))), 1
    ):
        picture = f'<div class="pic"><a href="{href}"><img src="/img/t{rng.randrange(999)}.jpg" alt=""></a></div>'
        info = f'<p class="info"><span class="date">2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}</span><span class="reads">阅读 {rng.randrange(50, 9000)}</span></p>'
        tags = "".join(f"<span>{t}</span>" for t in rng.sample(_SUBS, 2))
        tags = f'<div class="tags"><i class="icon"></i>{tags}</div>'
        rows.append(
            f'<li class="item"><span class="rank">{k}</span>{picture}<div class="txt"><a href="{href}">{esc(title)}</a><p class="sum">{esc(summary)}…</p>{info}{tags}</div></li>'
        )
    return f'<div class="widget"><div class="hd"><h3>{name}</h3></div><div class="bd"><ul>{"".join(rows)}</ul></div></div>'


def chrome(
    rng: random.Random, sections: Sequence[Link], essays: Sequence[Teaser]
) -> tuple[str, str]:
    """(what goes above the page's own body, what goes below it), of a seeded weight."""
    weight = rng.uniform(0.4, 1.8)
    top = "".join(
        f'<a href="{h}">{n}</a>' for h, n in (_external(i, n) for i, n in enumerate(_TOP))
    )
    above = f'<div class="topbar"><div class="w">{top}<span class="login"><a href="/">登录</a><a href="/">注册</a></span></div></div>'
    above += _menu(rng, sections, weight)
    ads = "".join(
        f'<div class="ad"><a href="http://ad{k}.example.cn/c?{rng.randrange(10**6)}"><img src="/ad/{k}.gif" alt="广告"></a></div>'
        for k in range(round(rng.uniform(1, 4) * weight))
    )
    widgets = rng.sample(_WIDGETS, min(len(_WIDGETS), max(1, round(rng.uniform(3, 5) * weight))))
    side = "".join(_widget(rng, name, essays, rng.randint(6, 10)) for name in widgets)
    share = "".join(
        f'<a class="s{i}" href="javascript:;"><i></i>{n}</a>' for i, n in enumerate(_SHARE)
    )
    friends = rng.sample(
        range(len(_FRIENDS)), min(len(_FRIENDS), round(rng.uniform(12, 20) * weight))
    )
    friend_links = "".join(
        f'<li><a href="{_external(100 + i, _FRIENDS[i])[0]}">{_FRIENDS[i]}</a></li>'
        for i in friends
    )
    about = "".join(f'<a href="/">{n}</a><span class="sep">|</span>' for n in _ABOUT)
    below = f'<div class="share">{share}</div>{ads}<div class="sidebar">{side}</div>'
    below += f'<div class="links"><h4>友情链接</h4><ul>{friend_links}</ul></div><div class="about">{about}</div>'
    return above, below

"""Places and nationalities: never a person."""

from __future__ import annotations

#: Countries, capitals and other places that speak for a government by metonymy
#: (``Washington says``, ``Pakistan has accused``). Lower case.
PLACES = frozenset(
    """
afghanistan pakistan india china russia iran iraq syria israel palestine egypt turkey saudi
arabia yemen qatar jordan lebanon libya tunisia algeria morocco sudan ethiopia kenya nigeria
somalia ukraine belarus georgia armenia azerbaijan kazakhstan uzbekistan tajikistan
turkmenistan kyrgyzstan mongolia japan korea taiwan vietnam thailand indonesia malaysia
singapore philippines myanmar burma bangladesh nepal sri lanka australia zealand canada mexico
cuba venezuela colombia brazil argentina chile peru bolivia ecuador france germany britain
england scotland wales ireland spain portugal italy greece poland hungary austria
switzerland belgium netherlands holland sweden norway denmark finland europe africa asia
america states kingdom emirates washington islamabad kabul moscow beijing tehran baghdad
damascus jerusalem cairo ankara riyadh doha delhi london paris berlin brussels tokyo seoul
pyongyang kiev kyiv ottawa havana caracas rome madrid athens warsaw vienna geneva beirut
tripoli karachi lahore peshawar kandahar herat quetta rawalpindi texas california florida
ohio iowa virginia york carolina hampshire nevada michigan pennsylvania wisconsin colorado
arizona georgia illinois massachusetts maryland kentucky tennessee alabama mississippi
louisiana missouri minnesota oregon utah kansas nebraska oklahoma arkansas indiana
connecticut maine vermont delaware montana idaho wyoming dakota alaska hawaii chicago boston
baghdad nato u.s. us u.s.a. usa uk u.k. eu u.n. un kremlin pentagon tehran vatican
""".split()
)

#: Adjectives of nationality that make ``Afghan officials`` a group of a country.
NATIONALITIES = frozenset(
    """
afghan pakistani american u.s. us indian chinese russian iranian iraqi syrian israeli
palestinian egyptian turkish saudi british french german european western arab kurdish
japanese korean ukrainian mexican canadian australian italian spanish nato un u.n. eu
federal state local foreign military police
""".split()
)

PLACE_NAME_WORDS = frozenset(
    """new north south east west northern southern eastern western upper lower great san santa
    los las el la st saint fort port mount city county state states united kingdom republic the of""".split()
)
"""Words that make a place's name with a word of :data:`PLACES` (``New Hampshire``, ``North
Carolina``, ``the United States``): a name of such words only is a place's, never a person's."""

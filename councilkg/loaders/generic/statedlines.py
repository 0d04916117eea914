"""What a line opening with "We" says: what the plan will do, or what is.

"• We will …", "• We want to …", "• We'll …" say what is to be done (:data:`WE_DO`): such a bullet
leads in as an action does, and may make the heading above it a priority. "• We are ambitious for our
children, families and communities.", "• We want strong schools and settings …", "• We have a skilled
workforce." say in the present tense what a council is or hopes for (:data:`STATE`): a vision's, a
value's or an outcome's words. Read by its place alone under a priority, such a bullet is no action of
it, and bullets like it make the heading above them ("In North Lincolnshire") no priority. "• Families
are supported to develop skills …", "• Children and young people understand healthy peer
relationships …" say what people will be, do or have (:data:`PEOPLE_STATE`): under a priority, the
outcomes it is for.
"""

from __future__ import annotations

import re

#: "We will …", "We shall …", "We want to …", "We aim to …", "We'll …": what is to be done.
WE_DO = re.compile(
    r"^We\s+(?:will|shall|want to|are going to|aim to|plan to|intend to|commit to)\b|^We['’]ll\b"
)
#: "We are …", "We're …", "We have …", "We believe …", "We value …", "We want <something>" (not "to").
STATE = re.compile(r"^we(?:\s+(?:are|have|believe|value)\b|['’]re\b|\s+want\s+(?!to\b))", re.IGNORECASE)
#: "Families are supported to …", "Children and young people understand …", "Parents and carers feel
#: supported …": people named, then what they are, feel, have or can do.
PEOPLE_STATE = re.compile(
    r"^(?:all |every |more |our |vulnerable |local )?(?:children|young people|families|parents|carers|"
    r"people|residents|everyone|pupils|learners|communities|care leavers)\b[^.;:]{0,60}?"
    r"\b(?:are|feel|have|can|understand|know|live|achieve|enjoy|receive)\b",
    re.IGNORECASE,
)

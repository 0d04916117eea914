"""A deterministic synthetic corpus: plan files in the Herefordshire 2009 layout, at any scale.

Each synthetic authority publishes three two-year Children and Young People's Directorate Plans
(2007-2009, 2009-2011, 2011-2013). A plan has a directorate leadership team ("Name (Post)"), five to
seven DIRECTORATE PRIORITY blocks (each with its Local Area Agreement and Children and Young
People's Plan outcomes, an indicator table of National Indicators with outturns, comparators and
targets, an action plan whose actions are owned by posts, and implications), major projects, a
risk register and partner-supplied indicators. Everything is drawn from a seeded
:class:`random.Random`, so one seed gives the same bytes on every machine.

:func:`write_corpus` writes the plan files and a manifest (``councilkg build --manifest``) that
gives each file its council, authority, GSS code, slug, years and the loader to read it with.

Example:
    >>> plans = corpus_plans(2)
    >>> [(p.council, p.gss, p.start_year) for p in plans]
    [('Clifby', 'E06900001', 2007), ('Clifby', 'E06900001', 2009)]
    >>> plans[0].counts.priorities == len(plans[0].priorities)
    True
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from bench.plantext import period, plan_text, priority_lines
from councilkg.ontology import reference_paths
from councilkg.text import slugify

LOADER = "herefordshire-directorate-2009"
#: The outcome scheme that loader's profile reads a priority's Local Area Agreement row into.
LAA_SCHEME = ("herefordshire-laa", "Herefordshire Local Area Agreement")
SEED = 6
PLANS_PER_AUTHORITY = 3
FIRST_START_YEAR = 2007
PLAN_YEARS = 2

SIZES: dict[str, int] = {"0.1m": 22, "1m": 220, "5m": 1100}
"""Plans per corpus size; a plan is about 4,500 triples, so these give ~0.1M, ~1M and ~5M triples."""

_PLACE_HEADS = (
    "Ash", "Bar", "Bel", "Brad", "Bram", "Brook", "Cal", "Carr", "Cas", "Chal", "Clif", "Cold", "Crow",
    "Dal", "Den", "Dun", "East", "Elm", "Fair", "Fern", "Gar", "Glen", "Graves", "Ham", "Har", "Hay",
    "Kel", "Kings", "Lang", "Lind", "Long", "Mar", "Mill", "Nor", "Oak", "Pen", "Rad", "Red", "Ros",
    "Sal", "Sand", "Stan", "Thorn", "Wal", "West", "Whit", "Wick", "Wil", "Wood", "Yar",
)  # fmt: skip
_PLACE_TAILS = (
    "bridge", "by", "caster", "combe", "den", "field", "ford", "gate", "ham", "hurst", "ley", "mere",
    "minster", "moor", "mouth", "stead", "stow", "thorpe", "ton", "wich", "worth",
)  # fmt: skip
_FIRST_NAMES = (
    "Aisha", "Alan", "Alison", "Amir", "Andrew", "Angela", "Anita", "Barbara", "Ben", "Bridget",
    "Carol", "Catherine", "Chris", "Claire", "Colin", "Daniel", "David", "Deborah", "Delroy", "Diane",
    "Emma", "Fiona", "Gareth", "Gillian", "Graham", "Hannah", "Helen", "Ian", "Imran", "Jacqueline",
    "James", "Janet", "Jennifer", "John", "Joseph", "Julie", "Karen", "Kathy", "Keith", "Kevin",
    "Laura", "Lesley", "Linda", "Lorraine", "Malcolm", "Margaret", "Mark", "Martin", "Mary", "Michael",
    "Nadia", "Neil", "Nicola", "Nigel", "Olu", "Patricia", "Paul", "Peter", "Priya", "Rachel",
    "Rajesh", "Richard", "Robert", "Ruth", "Samantha", "Sandra", "Sarah", "Sharon", "Simon", "Sophie",
    "Stephen", "Steven", "Susan", "Suzie", "Tariq", "Thomas", "Tracey", "Vanessa", "Wendy", "Yvonne",
)  # fmt: skip
_SURNAMES = (
    "Adebayo", "Ahmed", "Allen", "Atkinson", "Bailey", "Baird", "Barker", "Bell", "Bennett", "Brennan",
    "Brown", "Campbell", "Carter", "Chapman", "Clarke", "Collins", "Cooper", "Davies", "Dixon", "Doyle",
    "Edwards", "Ellis", "Evans", "Fletcher", "Foster", "Gibson", "Goodman", "Graham", "Green", "Griffiths",
    "Hall", "Harris", "Hughes", "Hussain", "Jackson", "James", "Johnson", "Jones", "Kaur", "Kelly",
    "Khan", "King", "Knight", "Lewis", "Lloyd", "Marshall", "Martin", "Mason", "Menghini", "Mills",
    "Mitchell", "Moore", "Morgan", "Murphy", "Nolan", "Okafor", "Owen", "Palmer", "Parker", "Patel",
    "Pearson", "Phillips", "Price", "Quinn", "Reid", "Richards", "Roberts", "Robinson", "Rogers", "Shaw",
    "Singh", "Smith", "Stevens", "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Ward", "Watson",
    "White", "Williams", "Wilson", "Wood", "Wright", "Young",
)  # fmt: skip
_DIVISIONS = (
    "Safeguarding and Vulnerable Children", "Improvement and Inclusion", "Community Operations",
    "Planning, Performance and Development", "Early Help and Prevention", "Learning and Achievement",
    "Commissioning and Partnerships", "Youth Services",
)  # fmt: skip
_MANAGERS = (
    "Community Youth Services Manager", "Manager of Early Years and Extended Services",
    "Manager of Social Inclusion", "Joint Service Manager", "Schools Planning and Access Manager",
    "Business Support Manager", "Workforce Strategy Manager", "Performance Improvement Manager",
    "Children's Trust Business Manager", "Safeguarding Board Business Manager", "Fostering Service Manager",
    "Adoption Service Manager", "Family Support Manager", "School Improvement Manager",
    "Attendance and Welfare Manager", "Youth Offending Service Manager", "Leaving Care Service Manager",
    "Disabled Children's Service Manager",
)  # fmt: skip
# Priorities: (text after "To ", Every Child Matters outcome). Keys are their first 40 slug chars.
_PRIORITIES = (
    ("ensure that children in need have their needs met through early help", "Staying Safe"),
    ("embed effective safeguarding arrangements across all services", "Stay Safe"),
    ("focus on early years so that every child has the best start in life", "Enjoy and Achieve"),
    ("build high achieving sustainable education and learning communities", "Enjoy and Achieve"),
    ("be ambitious for children in our care and raise their aspirations", "Stay Safe"),
    ("improve the emotional health and wellbeing of children", "Be Healthy"),
    ("reduce teenage conceptions and improve sexual health", "Be Healthy"),
    ("increase participation of young people in education and training", "Achieve Economic Wellbeing"),
    ("reduce offending and re-offending by young people", "Make a Positive Contribution"),
    ("close the attainment gap for disadvantaged pupils", "Enjoy and Achieve"),
    ("support disabled children and their families", "Be Healthy"),
    ("involve children and young people in shaping services", "Make a Positive Contribution"),
    ("reduce child poverty and its effects on families", "Achieve Economic Wellbeing"),
    ("improve school attendance and reduce exclusions", "Enjoy and Achieve"),
    ("tackle obesity and promote healthy lifestyles", "Be Healthy"),
)  # fmt: skip
# Children and Young People's Plan priorities, each naming the authority within the first words
# (the loader keys an outcome by the first 60 characters of its slug).
_CYPP_TEXTS = (
    "To make referrals of children in need in {place} timely and appropriate",
    "To promote e-safety in {place} to reduce the risks children meet online",
    "To raise awareness of bullying in {place} in and out of school",
    "To improve prospects of vulnerable groups in {place}",
    "To narrow the gap for disadvantaged pupils in {place}",
    "To support parents and carers in {place} to help their children thrive",
)
_LAA_TEXTS = (
    "children achieve their potential and take part in positive activities",
    "children and young people are safe from harm and neglect",
    "young people are healthy and make positive choices",
    "young people progress into education, employment or training",
)
_AREAS = (
    "Locality working", "Common Assessment Framework", "Targeted Youth Support", "Extended services",
    "Mental health in schools", "Short breaks", "Parenting and family support",
    "Foster carer recruitment", "Adoption support", "Care leavers", "School improvement",
    "Early years foundation stage", "Attendance", "Youth offending", "Teenage pregnancy",
    "Healthy schools", "Participation", "Workforce development", "Business support", "Data quality",
    "Child protection", "Safer recruitment", "Transitions to adulthood", "Special educational needs",
)  # fmt: skip
_VERBS = (
    "Publish", "Implement", "Review", "Develop", "Deliver", "Evaluate", "Agree", "Commission", "Embed",
    "Extend", "Introduce", "Monitor", "Establish", "Complete", "Train", "Consult", "Improve", "Pilot",
)  # fmt: skip
_OBJECTS = (
    "the revised structure for locality teams", "a strategy and action plan for the service",
    "the pilot approach in identified areas", "a costed business plan for each cluster",
    "the commissioning plan for the year", "quarterly performance reports to the board",
    "training for all front line staff", "a protocol with health and police partners",
    "the quality assurance framework for case files", "an audit of the current arrangements",
    "new guidance for schools and settings", "the outcomes of the independent review",
    "a single point of contact for families", "the recommendations of the inspection",
    "joint working with the voluntary sector", "a panel to review high cost placements",
)  # fmt: skip
_RISKS = (
    "Failure to identify sufficient resources to deliver the capital programme",
    "Failure to meet the needs of children at significant risk",
    "Failure to manage and quality assure data on which decisions are based",
    "Failure to recruit and retain enough qualified social workers",
    "Capacity to manage the implementation of locality based working",
    "Rising costs of external placements exceed the budget",
    "Partners withdraw funding from joint commissioning arrangements",
    "Failure to respond to new legislation and national guidance",
    "Loss of key systems or data through an information security breach",
    "Schools fall below the national floor targets",
)  # fmt: skip
_MITIGATIONS = (
    "Tight project management; steering group established; project plan in place",
    "Programme of data quality audits; monthly data quality reports",
    "Overseas recruitment campaign; workforce strategy; retention payments",
    "Monthly budget monitoring; commissioning review; placement panel",
    "Implementation of safeguarding action plan; improved recording and case review",
)
_PARTNERS = (
    "Youth Offending Service", "Primary Care Trust", "School Sport Partnership", "Teenage Pregnancy Unit",
    "Job Centre Plus", "Department for Work and Pensions",
)  # fmt: skip
_LEVELS = ((1, 4, "LOW"), (5, 9, "MEDIUM"), (10, 25, "HIGH"))


@dataclass(frozen=True)
class PlanCounts:
    """How many of each kind of item a synthetic plan holds, as the loader should count them."""

    priorities: int
    actions: int
    indicators: int
    observations: int
    risks: int


@dataclass(frozen=True)
class SynthPlan:
    """One synthetic plan: its identity (as the manifest states it), its text and what it holds."""

    file: str
    council: str
    authority: str
    gss: str
    slug: str
    start_year: int
    end_year: int
    text: str
    counts: PlanCounts
    priorities: tuple[str, ...]
    people: tuple[str, ...]
    laa_outcomes: tuple[str, ...]

    def manifest_entry(self) -> dict[str, object]:
        """Return this plan's entry of a ``councilkg build --manifest`` manifest."""
        return {
            "file": self.file,
            "council": self.council,
            "authority": self.authority,
            "gss": self.gss,
            "slug": self.slug,
            "plan_type": "DirectoratePlan",
            "start_year": self.start_year,
            "end_year": self.end_year,
            "loader": LOADER,
        }


@cache
def national_indicators() -> tuple[tuple[str, str], ...]:
    """Return each National Indicator's notation ("NI 59") and title, from the shipped reference data."""
    graph = Graph()
    for path in reference_paths():
        if path.name == "indicator-sets.ttl":
            graph.parse(path, format="turtle")
    found: dict[str, str] = {}
    prefix = "https://w3id.org/councilkg/id/indicator-set/ni/"
    for concept, notation in graph.subject_objects(SKOS.notation):
        if isinstance(concept, URIRef) and str(concept).startswith(prefix):
            label = graph.value(concept, SKOS.prefLabel)
            if isinstance(label, Literal) and isinstance(notation, Literal):
                found[str(notation)] = re.sub(r"\s+", " ", str(label)).strip()
    return tuple(sorted(found.items(), key=lambda item: _natural(item[0])))


def _natural(code: str) -> tuple[int, str]:
    match = re.search(r"(\d+)(\w*)$", code)
    return (int(match.group(1)), match.group(2)) if match else (0, code)


def _authorities(count: int, rng: random.Random) -> list[str]:
    """Return ``count`` distinct place names in a seeded order (at most 1,050; ~3,150 plans)."""
    names = [head + tail for head in _PLACE_HEADS for tail in _PLACE_TAILS]
    rng.shuffle(names)
    if count > len(names):
        raise ValueError(f"at most {len(names)} synthetic authorities, not {count}")
    return names[:count]


class _People:
    """Hands out person names, never the same one to two authorities."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def name(self) -> str:
        for _ in range(200):
            candidate = f"{self.rng.choice(_FIRST_NAMES)} {self.rng.choice(_SURNAMES)}"
            if slugify(candidate) not in self.used:
                self.used.add(slugify(candidate))
                return candidate
        number = len(self.used)
        candidate = f"{self.rng.choice(_FIRST_NAMES)} {self.rng.choice(_SURNAMES)}-{_letters(number)}"
        self.used.add(slugify(candidate))
        return candidate


def _letters(number: int) -> str:
    """Return a surname suffix spelled in letters (slugs stay distinct without digits in names)."""
    letters = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters.lower()
    return letters.capitalize()


def _value(rng: random.Random, percent: bool) -> str:
    if percent:
        return f"{rng.uniform(20, 99):.1f}%"
    return str(rng.randint(5, 400))


@dataclass
class _Authority:
    name: str
    slug: str
    gss: str
    director: str
    heads: dict[str, str]  # division -> holder
    laa: tuple[str, ...]
    cypp: tuple[str, ...]


def _authority(number: int, name: str, rng: random.Random, people: _People) -> _Authority:
    divisions = rng.sample(_DIVISIONS, 4)
    return _Authority(
        name=name,
        slug=slugify(name),
        gss=f"E06{900001 + number:06d}",
        director=people.name(),
        heads={division: people.name() for division in divisions},
        laa=tuple(f"In {name}, {text}" for text in _LAA_TEXTS),
        cypp=tuple(text.format(place=name) for text in _CYPP_TEXTS),
    )


def _plan(authority: _Authority, start: int, rng: random.Random, people: _People) -> SynthPlan:
    """Return one plan of ``authority`` starting in ``start``, its text drawn from ``rng``."""
    end = start + PLAN_YEARS
    # A head of division moves on between plans now and then; the director stays.
    for division in list(authority.heads):
        if rng.random() < 0.25:
            authority.heads[division] = people.name()
    heads = list(authority.heads.items())
    head_posts = [f"Head of {division}" for division, _ in heads]
    managers = rng.sample(_MANAGERS, 8)
    indicator_pool = list(national_indicators())
    rng.shuffle(indicator_pool)
    chosen = rng.sample(_PRIORITIES, rng.randint(5, 7))
    labels = [f"To {text}" for text, _ in chosen]
    areas = list(_AREAS)
    rng.shuffle(areas)
    projects = [
        f"{area}\tA programme across {authority.name} to improve {area.lower()}\t"
        f"{rng.choice(head_posts)}\t{rng.choice(managers)}"
        for area in areas[4:8]  # projects named as action areas support those areas' priorities
    ]
    priorities: list[str] = []
    indicators = observations = actions = 0
    used_areas = 0
    for position, ((_, ecm), label) in enumerate(zip(chosen, labels, strict=True)):
        laa = authority.laa[position % len(authority.laa)]
        cypp = rng.sample(authority.cypp, 2)
        indicator_rows = []
        for _ in range(rng.randint(5, 8)):
            code, title = indicator_pool.pop()
            percent = rng.random() < 0.6
            cells = [_value(rng, percent) if rng.random() < 0.85 else "" for _ in range(5)]
            if rng.random() < 0.1:
                cells[0] = "New indicator"
            indicator_rows.append(f"{code}\t{title}\t" + "\t".join(cells))
            indicators += 1
            observations += sum(1 for cell in cells if cell)
        action_rows = []
        for _ in range(rng.randint(3, 5)):
            turn, place = divmod(4 + used_areas, len(areas))
            area = areas[place] + (f" phase {turn + 1}" if turn else "")
            used_areas += 1
            for number in range(rng.randint(2, 4)):
                verb, thing = rng.choice(_VERBS), rng.choice(_OBJECTS)
                month = rng.choice(("March", "June", "September", "December"))
                when = f"{month} {rng.randint(start, end)}"
                owners = f"{rng.choice(head_posts)}\t{rng.choice(managers)}" if number == 0 else "\t"
                action_rows.append(f"{area if number == 0 else ''}\t{verb} {thing}\t{when}\t{owners}")
                actions += 1
        implications = [
            "Financial implications\tStaffing implications\tRisk implications",
            f"Grant of £{rng.randint(50, 900)},000 over the plan\tNo additional staffing\t"
            "Failure to meet the targets of this priority",
        ]
        priorities += priority_lines(
            start, label, laa, " ".join(cypp), ecm, indicator_rows, action_rows, implications
        )
    risks = [
        "Risk ref\tRisk description\tLikelihood\tSeverity\tRating\tSummary of mitigation actions\t"
        "Risk owner\tResidual likelihood\tResidual severity\tResidual rating",
    ]
    risk_count = rng.randint(5, 9)
    risk_owners = [*head_posts, "Director of Children's Services"]
    for number, description in enumerate(rng.sample(_RISKS, risk_count), start=1):
        likelihood, severity = rng.randint(2, 4), rng.randint(2, 5)
        rest_l, rest_s = rng.randint(1, likelihood), rng.randint(1, severity)
        risks.append(
            f"CYP{number}\t{description}\t{likelihood}\t{severity}\t{_rating(likelihood * severity)}\t"
            f"{rng.choice(_MITIGATIONS)}\t{rng.choice(risk_owners)}\t"
            f"{rest_l}\t{rest_s}\t{_rating(rest_l * rest_s)}"
        )
    partner_indicators = [
        f"NIS ref\tDescription\tOutturn {period(start - 2)}\tSN Group comparator\t"
        f"Outturn {period(start - 1)}\tPartner / Other Organisation",
    ]
    for _ in range(rng.randint(3, 6)):
        code, title = indicator_pool.pop()
        cells = [_value(rng, True) if rng.random() < 0.7 else "" for _ in range(3)]
        partner_indicators.append(f"{code}\t{title}\t" + "\t".join(cells) + f"\t{rng.choice(_PARTNERS)}")
        indicators += 1
        observations += sum(1 for cell in cells if cell)
    text = plan_text(
        start,
        end,
        authority.name,
        authority.director,
        heads,
        labels,
        priorities,
        tagline=["Making a positive difference to the lives of children and young people"],
        vision=[
            f"Our vision is to improve the lives of children and young people in {authority.name} by:",
            "",
            "- Responsive and accessible services",
            "- Early intervention and prevention",
        ],
        partners=[f"The directorate works with the other directorates of {authority.name} Council."],
        projects=["Project\tBrief summary\tDLT accountable lead\tLead manager", *projects],
        risks=risks,
        partner_indicators=partner_indicators,
    )
    slug = f"cyp-directorate-plan-{start}-{end % 100:02d}"
    return SynthPlan(
        file=f"{authority.slug}-{slug}.txt",
        council=authority.name,
        authority=authority.slug,
        gss=authority.gss,
        slug=slug,
        start_year=start,
        end_year=end,
        text=text,
        counts=PlanCounts(len(labels), actions + len(projects), indicators, observations, risk_count),
        priorities=tuple(labels),
        people=(authority.director, *(holder for _, holder in heads)),
        laa_outcomes=authority.laa[: min(len(labels), len(authority.laa))],
    )


def _rating(score: int) -> str:
    level = next(name for low, high, name in _LEVELS if low <= score <= high)
    return f"{score}- {level}"


def corpus_plans(plans: int, seed: int = SEED, per_authority: int = PLANS_PER_AUTHORITY) -> list[SynthPlan]:
    """Return ``plans`` synthetic plans, ``per_authority`` per authority (2007-09, 2009-11, 2011-13...).

    The same arguments give the same plans, byte for byte, and a smaller corpus is the start of a
    larger one.
    """
    if not 1 <= per_authority <= 3:
        raise ValueError(f"an authority publishes 1 to 3 synthetic plans, not {per_authority}")
    rng = random.Random(seed)
    people = _People(rng)
    names = _authorities(-(-plans // per_authority), rng)
    found: list[SynthPlan] = []
    for number, name in enumerate(names):
        authority = _authority(number, name, rng, people)
        for index in range(per_authority):
            if len(found) == plans:
                break
            found.append(_plan(authority, FIRST_START_YEAR + PLAN_YEARS * index, rng, people))
    return found


def write_corpus(
    folder: str | Path, plans: int, seed: int = SEED, per_authority: int = PLANS_PER_AUTHORITY
) -> Path:
    """Write ``plans`` plan files, ``manifest.json`` and ``expected.json`` (each file's counts) into
    ``folder``.

    Returns:
        The manifest's path.
    """
    generated = corpus_plans(plans, seed, per_authority)
    manifest = write_plans(folder, generated)
    expected = {plan.file: asdict(plan.counts) for plan in generated}
    manifest.with_name("expected.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")
    return manifest


def write_plans(folder: str | Path, plans: Sequence[SynthPlan]) -> Path:
    """Write ``plans``' files and a ``councilkg build --manifest`` manifest of them into ``folder``.

    Returns:
        The manifest's path.
    """
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    for plan in plans:
        (root / plan.file).write_text(plan.text, encoding="utf-8")
    manifest = root / "manifest.json"
    manifest.write_text(json.dumps([p.manifest_entry() for p in plans], indent=1) + "\n", encoding="utf-8")
    return manifest

"""German first names and their usual short forms: "Hans" is "Johannes", "Sepp" is "Josef"."""

from __future__ import annotations

from paxdesk.domain.normalize import n2

_GROUPS = [
    "Johannes Hans Hannes Jo", "Josef Joseph Sepp Sepp Beppo", "Anton Toni", "Christian Chris Christoph",
    "Christina Christine Chris Tina", "Stefanie Stephanie Steffi", "Katharina Kathi Käthe Katja Kati",
    "Elisabeth Lisa Liesel Lisbeth Elli Sissi", "Bernhard Bernd", "Ulrich Uli", "Ulrike Uli Rike",
    "Alexander Alex Sascha", "Alexandra Alex Sandra", "Andreas Andi Andy", "Sebastian Basti",
    "Florian Flo", "Gabriele Gabi", "Barbara Babsi Bärbel", "Cornelia Conny", "Nikolaus Klaus Niko",
    "Friedrich Fritz Friedel", "Heinrich Heinz Heiner", "Wilhelm Willi Willy Wim", "Rudolf Rudi",
    "Manfred Manni", "Maximilian Max Maxi", "Monika Moni", "Susanne Susi Sanne", "Thomas Tom Tommy",
    "Michael Michi Micha Mike", "Matthias Matze Matthes", "Daniel Dani Danny", "Daniela Dani",
    "Margarete Margarethe Grete Gretel Margit Marga", "Jürgen Jürg", "Wolfgang Wolf Wolfi", "Benjamin Ben Benni",
    "Tobias Tobi", "Robert Robby Bob", "Dorothea Doris Dora Thea", "Franziska Franzi", "Franz Franzl",
    "Gertrud Gerti Trude", "Helmut Helmi", "Jakob Jakobus Jockel", "Johanna Hanna Hanne", "Karl Kalle Charly",
    "Ludwig Lutz Luis", "Magdalena Lena Leni", "Marianne Mariann", "Patricia Patrizia Pati", "Peter Pit",
    "Rebecca Rebekka Becky", "Reinhard Reini", "Sabine Bine", "Theodor Theo", "Valentin Valli",
    "Veronika Vroni", "Walter Walti", "Werner Werni", "Zacharias Zacharia Zach", "Ingeborg Inge",
    "Hildegard Hilde", "Irmgard Irmi", "Mathilde Tilda Tilly", "Annemarie Anne Annie", "Nicole Nicki",
    "Samuel Sam Sami", "Samantha Sam Sami", "Jessica Jessi", "Jennifer Jenny", "Kristina Kristin Tina",
    # issue 28: short forms and spelling variants the first table missed
    "Stefan Stephan Steffen Steff", "Jörg Jürgen", "Dieter Didi", "Detlef Detlev", "Ralf Ralph",
    "Joachim Jochen Achim", "Hans-Peter Hanspeter", "Hans-Jürgen Hansjürgen", "Karl-Heinz Karlheinz Kalle",
    "Eberhard Ebi", "Gerhard Gerd Hardy", "Günther Günter Gunther", "Herbert Herbie", "Hermann Hermi",
    "Norbert Nobby", "Albert Berti", "Siegfried Siggi", "Reinhold Reini", "Dietrich Dieter",
    "Konstantin Konni", "Konrad Konni", "Leonhard Leo", "Leopold Leo Poldi", "Ferdinand Ferdi",
    "Fabian Fabi", "Julian Juli", "Dominik Dome Domi", "Nikolas Niklas Nico Niko", "Lukas Lucas Luki",
    "Philipp Phil Pippo", "Patrick Paddy", "Vincent Vinzenz Vinz", "Timotheus Timo Tim", "Timothy Tim",
    "Oliver Olli", "Markus Marcus", "Martin Tino", "Gottfried Friedel", "Ernst Erni",
    "Emanuel Manuel Manu", "Immanuel Manuel", "Elisabeth Elsbeth Else Betti Ilse", "Angelika Angie Geli",
    "Annette Netti", "Anna Anni Anne Ann", "Hannelore Hanne Lore", "Renate Reni", "Brigitte Gitte Biggi",
    "Christiane Christa Christel", "Dagmar Daggi", "Edeltraud Traudl Edel", "Waltraud Traudl Waltraut",
    "Friederike Frieda Rike", "Henriette Jette Henny", "Ingrid Inge", "Johanna Jo", "Jutta Jutti",
    "Claudia Claudi", "Kerstin Kerstina", "Manuela Manu", "Marlene Leni",
    "Martina Tina", "Petra Peti", "Regina Gina", "Rosemarie Rosi Rose", "Sophie Sofie Sophia Sofia",
    "Ursula Uschi Ulla", "Viktoria Victoria Vicky", "Wilhelmine Mina Minna", "Yvonne Yvi", "Zita Zitta",
]
_NAMES: dict[str, set[int]] = {}
for _index, _group in enumerate(_GROUPS):
    for _name in _group.split():
        _NAMES.setdefault(n2(_name), set()).add(_index)


def same_nickname(a: str, b: str) -> bool:
    """Whether two N2 first names are forms of one name."""
    groups_a = _NAMES.get(a)
    return bool(groups_a) and bool(groups_a & _NAMES.get(b, set()))

package report

import "baocao/app/textnorm"

// Normalize cleans every text of the report in place: Unicode NFC, no
// control characters; single-line fields lose their line breaks, texts keep
// their paragraphs. Call it on everything that comes from outside (a file,
// a form, a spreadsheet) before the report is used.
func (r *Report) Normalize() {
	line := textnorm.Line
	r.Template = line(r.Template)
	r.Profile = Profile(line(string(r.Profile)))
	r.SuperiorBody = line(r.SuperiorBody)
	r.IssuingBody = line(r.IssuingBody)
	r.Number = line(r.Number)
	r.Symbol = line(r.Symbol)
	r.Place = line(r.Place)
	r.Title = line(r.Title)
	r.Summary = line(r.Summary)
	r.Opening = textnorm.Paragraphs(r.Opening)
	for _, s := range r.Sections() {
		s.Section.normalize()
	}
	r.Honorees.Title = line(r.Honorees.Title)
	r.Honorees.Placement = Placement(line(string(r.Honorees.Placement)))
	for i := range r.Honorees.Collectives {
		r.Honorees.Collectives[i].Normalize()
	}
	for i := range r.Honorees.Individuals {
		r.Honorees.Individuals[i].Normalize()
	}
	for i := range r.Recipients {
		r.Recipients[i] = line(r.Recipients[i])
	}
	r.Signature = r.Signature.normalized()
	r.Decision.normalize()
	r.Proposal.normalize()
	for i := range r.Units {
		u := &r.Units[i]
		u.Name, u.Short, u.Contact = line(u.Name), line(u.Short), line(u.Contact)
	}
	r.DraftRound = max(r.DraftRound, 0) // a round below 1 means none
	r.Movement.Normalize()
}

func (s *Section) normalize() {
	s.Heading = textnorm.Line(s.Heading)
	s.List = ListStyle(textnorm.Line(string(s.List)))
	for i := range s.Points {
		s.Points[i].Heading = textnorm.Line(s.Points[i].Heading)
		s.Points[i].Text = textnorm.Paragraphs(s.Points[i].Text)
	}
}

// Normalize cleans every field of the honoree in place. The achievement
// and note may hold several lines; the other fields are single lines.
func (h *Honoree) Normalize() {
	h.Name = textnorm.Line(h.Name)
	h.Position = textnorm.Line(h.Position)
	h.Unit = textnorm.Line(h.Unit)
	h.Achievement = textnorm.Paragraphs(h.Achievement)
	h.Award = textnorm.Line(h.Award)
	h.Note = textnorm.Paragraphs(h.Note)
	h.Source = textnorm.Line(h.Source)
	if g, ok := ParseGender(string(h.Gender)); ok {
		h.Gender = g
	} else {
		h.Gender = Gender(textnorm.Line(string(h.Gender)))
	}
}

// Key is the honoree's name and unit folded loosely (case, diacritics
// and spacing ignored), for finding near matches. Whether two rows are
// one person is told by CompareHonorees: "Nguyễn Văn Hùng" and "Nguyễn
// Văn Hưng" share a Key but are two people.
func (h Honoree) Key() string {
	return textnorm.Key(h.Name) + "\x00" + textnorm.Key(h.Unit)
}

// normalized is s with each line cleaned (textnorm.Line).
func (s Signature) normalized() Signature {
	return Signature{textnorm.Line(s.Authority), textnorm.Line(s.Position), textnorm.Line(s.Signer)}
}

import { expect } from '@open-wc/testing';
import { run, seen, speakerName } from '../helpers.js';

// Published Wednesday 2018-02-07.
const en = (text: string) => run(text, { lang: 'en', published: '2018-02-07' });

describe('en: actors', () => {
  const CASES: [string, string[], string[]][] = [
    ['Robert Sumwalt, chairman of the National Transportation Safety Board, told reporters. Sumwalt said more.', ['Robert Sumwalt', 'National Transportation Safety Board'], ['Sumwalt']],
    ['"We will act," said Senate Majority Leader Harry Reid.', ['Harry Reid'], ['Senate Majority']],
    ['The train was bound for Miami from New York. Amtrak said nothing.', ['Amtrak'], ['New York', 'Miami']],
    ['Early on Sunday, the crash happened. Several cars were crushed.', [], ['Early', 'Sunday', 'Several']],
    ['Rain will ease by Friday, according to the forecaster Jane Holloway.', ['Jane Holloway'], ['Friday']],
    // A minister's domain glued to the name: the title may stand a few capitalised words before it.
    ['US Assistant Secretary of State for African Affairs Jendayi Frazer called on President Thabo Mbeki to act.', ['Jendayi Frazer', 'Thabo Mbeki'], ['African Affairs Jendayi Frazer']],
    // A hyphenated compound of titles is a title, not part of the name: "Major-General", "Vice-Admiral".
    ['US spokesperson Major-General Kevin Bergner spoke. Vice-Admiral John Smith agreed. A major earthquake struck.', ['Kevin Bergner', 'John Smith'], ['Major-General Kevin Bergner', 'Vice-Admiral John Smith']],
    // Straits, bases and wars are places or events; religions are no one; "Afterwards" opening a sentence is an adverb.
    ['Ships crossed the Malacca Strait. Afterwards, the Iraq War divided Shia Islam and Sunni Islam, Jane Holloway said.', ['Jane Holloway'], ['Malacca Strait', 'Afterwards', 'Iraq War', 'Shia Islam', 'Sunni Islam']],
    // One word set off by a title in apposition is someone: "Akihito, the emperor of Japan,".
    ['Akihito, the emperor of Japan, travelled to the north of the country on Monday.', ['Akihito'], ['Japan']],
    // Words capitalised only because they open a sentence, and shouted words, are no one; a given name stays someone.
    ['Recently the plan failed. Authorities blamed the authorities of the port. STOP EXPLOITING PEOPLE, they said. Bill Carter agreed, as the bill passed.', ['Bill Carter'], ['Recently', 'Authorities', 'EXPLOITING', 'PEOPLE']],
    // A name in apposition with a place noun is a place's; a compound ("the country director", "the city Mayor") is not one.
    ['Serafin Edwin traveled to the capital of Kerala, Thiruvananthapuram, last week. Ernakulam, a district of Kerala, flooded. Jens Oppermann, the country director of the charity, spoke.', ['Serafin Edwin', 'Jens Oppermann'], ['Thiruvananthapuram', 'Ernakulam']],
    // One word listed beside people named in full is someone too; "Sec." is a title.
    ['Those who signed include Sec. Madeleine Albright, David Beckham, Bono, Matthew Broderick and Madonna.', ['David Beckham', 'Bono', 'Madonna'], ['Sec']],
    // A large city that does not act is a place (the platform's time-zone names are the gazetteer); one that speaks is a state.
    ['No marcher was reported arrested in Los Angeles, New York, Chicago or Seattle. Moscow said it would respond.', ['Moscow'], ['Los Angeles', 'New York', 'Chicago', 'Seattle']],
    // A list opening after a place preposition lists places; one introduced by "companies such as" lists bodies.
    ['Marches were held in Boston, Los Angeles, New York and Seattle. Oxfam had warned firms such as Nestlé, Unilever and Danone.', ['Oxfam', 'Unilever', 'Danone'], ['Los Angeles', 'New York']],
    // An acronym before a number names a flight, a road or an index; a cleric's title is no one of its own.
    ['Air France flight AF 447 left Rio. Signatories include Meryl Streep, Archbishop Desmond Tutu and Naomi Watts.', ['Air France', 'Desmond Tutu'], ['AF', 'Archbishop']],
    // A plural common noun opening a sentence is no one, by an ending no name has.
    ['Operations were halted on Monday. Investigations continue, Reuters said.', ['Reuters'], ['Operations', 'Investigations']],
    // Acronyms of things (a disease, a measure) are no one.
    ['Children living with AIDS and HIV were tested for DNA as the consumer price index (CPI) rose, UNICEF said.', ['UNICEF'], ['AIDS', 'HIV', 'DNA', 'CPI']],
    // After a comma-separated name, "and" ends a list; a body's name before its head's title is a name of its own.
    ['Goldman Sachs, Marriott International and Thomson Reuters have all signed it.', ['Marriott International', 'Thomson Reuters'], ['Marriott International and Thomson Reuters']],
    ['"A healthy environment is a basic right," stated Natural Resources Defense Council President Rhea Suh.', ['Natural Resources Defense Council', 'Rhea Suh'], []],
    // A nationality before a noun qualifies it, even after a title or a verb of saying; a museum is a body.
    ['"It will be messy," said Oliver Miles, a former British ambassador. Curator Mark Norell of the American Museum of Natural History agreed.', ['Oliver Miles', 'American Museum of Natural History'], ['British', 'Natural History']],
    ['"Negotiations are at an impasse," according to a European diplomat.', [], ['European', 'a European']],
    // A preposition opening a sentence is no part of the name after it.
    ['"Regarding Jerusalem, our position is well-known," Netanyahu said. Following Obama, Biden spoke.', ['Netanyahu', 'Biden'], ['Regarding Jerusalem', 'Following Obama']],
    // A domain name or a word with a capital inside is an organisation's name; a hashtag is no one.
    ['The website 64forSuu.org is on YouTube, says Paul McCartney. #SaveSuu trended.', ['64forSuu.org', 'YouTube', 'Paul McCartney'], ['SaveSuu']],
    // A surname with a nationality's ending is still someone; a nationality is no one.
    ['Steve Ellis said it was late. Novak Djokovic, Michael Jordan and Gareth Evans agreed with Chinese officials, an Israeli and an American.', ['Steve Ellis', 'Novak Djokovic', 'Michael Jordan', 'Gareth Evans'], ['Chinese', 'Israeli', 'American']],
    // What a title's holder heads: "for" and "and" belong to an organisation's name, never to a person's.
    ['Vice President of Taxpayers for Common Sense, Steve Ellis, spoke.', ['Taxpayers for Common Sense', 'Steve Ellis'], ['Common Sense']],
    // "and" joins two parts of one organisation's name, not two names; no one's name follows "the" or opens on "New".
    ['It cost £800 million, according to the Centre for Economics and Business Research. Democrats and Republicans met in New York City.', ['Centre for Economics and Business Research'], ['Business Research', 'Democrats and Republicans', 'New York City']],
    // A body named by its head after a nationality or a name is an organisation.
    ['The Iranian government maintains that it detained no journalist. The Obama administration disagreed.', ['Iranian government', 'Obama administration'], ['Iranian']],
    // An acronym in brackets spells the name before it; a name after a verb of saying is its object unless the verb follows a quotation.
    // A coach's title is no part of the name.
    ['Manager Pep Guardiola said after the match that they lost.', ['Pep Guardiola'], ['Manager Pep Guardiola']],
    // A capitalised function word that is a given name opens a name inside a sentence.
    ["The Onion's editor Will Tracy remarked on it. It will rain.", ['Will Tracy'], ['Tracy']],
    // After a given name a month's name is a surname.
    ['Prime Minister Theresa May spoke in May. The vote is on May 3.', ['Theresa May'], ['Theresa']],
    // A run opening on a nationality, glued to the person after it, is their title.
    ['On June 19, Irish Taoiseach Leo Varadkar addressed the Dáil.', ['Leo Varadkar'], ['Irish Taoiseach']],
    // After a title and its comma, every word is the person's, whatever given names they hold.
    ['The president, Susilo Bambang Yudhoyono, has sent three ministers.', ['Susilo Bambang Yudhoyono'], ['Bambang Yudhoyono', 'Susilo']],
    // After a minister's domain the person is the last two words; what a director heads is a body's name.
    ['Russian Minister of Sport Vitaly Mutko spoke with Vice President of Taxpayers for Common Sense Steve Ellis.', ['Vitaly Mutko', 'Taxpayers for Common Sense'], ['Sport Vitaly Mutko', 'Common Sense']],
    // After an honorific a month is a surname; an acronym in the plural counts people.
    ['"We will deliver Brexit," Mrs May told MPs. The vote is in May.', ['May'], ['MPs']],
    // A title word completes an organisation's name; a thing's name that speaks is a body; a country's short form opens it.
    ['The Department of Justice said it would appeal. The US Geological Survey said the quake was shallow.', ['Department of Justice', 'US Geological Survey'], ['Department', 'Geological Survey']],
    // A name that acts past an adverb, one a compound noun describes, one qualifying a document or a source.
    ['Microsoft reportedly has released patches. "It will rain," Lynas said to the news agency Reuters. A Gallup poll found more. A Pentagon spokesman declined.', ['Microsoft', 'Reuters', 'Gallup', 'Pentagon'], []],
    // News writing may drop the article before a noun for a body after a preposition.
    ['Cases of discrimination were reported to equal-rights organisation Unia last year.', ['Unia'], []],
    // An acronym before a person's title is a body; "to" joins a body's name; storms and agreements are things.
    ['NATO Secretary-General Mark Rutte urged allies to act. The Committee to Protect Journalists said 42 reporters died. Hurricane Milton hit Florida, and the United States left the Paris Agreement.', ['NATO', 'Mark Rutte', 'Committee to Protect Journalists', 'United States'], ['Hurricane Milton', 'Paris Agreement', 'Committee']],
    // A confederation, a coalition, a movement are bodies whose names go on past "of" and a nationality.
    ['Exports fell, the Confederation of British Industry warned.', ['Confederation of British Industry'], ['British Industry', 'Confederation']],
    // What a spokesperson speaks for is a body, whole, not a minister's domain before a person.
    ['"We regret any inconvenience," a spokeswoman for Delta Air Lines said.', ['Delta Air Lines'], ['Air Lines']],
    // "O'Brien" is one surname.
    ["Conor O'Brien said the plan was bad. O'Brien then left.", ["Conor O'Brien"], ['Conor', 'Brien']],
    // Two capitalised words with nothing about them are someone, unless their head is a plural: a group.
    ['The forum gathered Kerala Iyers and Southeast Asians, with Yoko Ono.', ['Yoko Ono'], ['Kerala Iyers', 'Southeast Asians']],
    // A capitalised article opens a title's or a band's name, never a person's.
    ['Dolores O\'Riordan, lead singer of Irish rock band The Cranberries, was found dead. The band told The Guardian the news.', ['The Cranberries', 'The Guardian'], []],
    // A noun for a body right after a name says what it names.
    ['Alistair Darling, leader of the pro-union Better Together campaign, spoke. The Shas party and the ZANU-PF party objected.', ['Better Together', 'Shas', 'ZANU-PF'], []],
    // A name glued to a participle is an adjective; a team is a body.
    ['The Seattle-based Computer Emergency Response Team (CERT) informed vendors. Pulitzer Prize-winning cartoonist Mike Peters drew it.', ['Computer Emergency Response Team', 'Mike Peters'], ['Seattle-based', 'Pulitzer Prize-winning']],
    // "to" alone is no "according to": the countries one travels to do not act.
    ['He will meet Israeli leaders before continuing on to Kuwait, Bahrain and Egypt. According to Reuters, talks will follow.', ['Reuters'], ['Kuwait', 'Bahrain', 'Egypt']],
    // Countries in a list act only when the list is its clause's subject.
    ['The treaty was signed in 1979 between Egypt and Israel. China and Russia said they would veto it. Sales rose in the United States, Canada, Australia and India.', ['China', 'Russia'], ['Egypt', 'Israel', 'Australia', 'India']],
    // The possessive of a plural noun stays inside a body's name; a company before a lower-case title and a person's name employs them.
    ["The United Nations Children's Fund (UNICEF) warned of famine. Tesla chief executive Elon Musk said the cars would be cheaper.", ["United Nations Children's Fund", 'Tesla', 'Elon Musk'], ['United Nations Children', 'Fund']],
    // What an officer commands is a body, not the officer's domain before a name; two bodies, each with its head, stay two.
    ['Admiral William Fallon, the commanding officer of United States Central Command, said no. Central Command and Strategic Command planners met.', ['United States Central Command', 'Strategic Command'], ['Central Command and Strategic Command', 'United States']],
    // "and" joins two parts of one name when the second ends on a body's word, not two parties.
    ['National Search and Rescue Agency divers led the search. Conservatives and Liberal Democrats said they would vote.', ['National Search and Rescue Agency'], ['National Search', 'Rescue Agency', 'Conservatives and Liberal Democrats']],
    // A preposition opening a sentence names no one; inside a name it joins its words.
    ['Without explaining why, he left. Doctors Without Borders said the camp was full.', ['Doctors Without Borders'], ['Without']],
    ['The Movement for Democratic Change (MDC) boycotted the vote. Claire had criticised the Scottish legal system.', ['Movement for Democratic Change'], ['MDC', 'Democratic Change', 'Scottish']],    // The words a body deals with, listed to the last after "and", are its name's; a person's name ends before "and".
    ["Japan's Ministry of Economy, Trade and Industry tightened export controls. The Center for Injury Research and Policy and UNICEF agreed.", ['Ministry of Economy, Trade and Industry', 'Center for Injury Research and Policy'], ['Trade', 'Industry', 'Ministry of Economy']],
    ['Boris Pistorius met his Dutch counterpart Ruben Brekelmans and European Commission President Ursula von der Leyen.', ['Ruben Brekelmans', 'European Commission', 'Ursula von der Leyen'], ['Ruben Brekelmans and European Commission']],
    // What a title is of, capitalised by the sentence's opening, is part of the title.
    ['Head coach Nick Sirianni praised the defence. Team principal Christian Horner agreed.', ['Nick Sirianni', 'Christian Horner'], ['Head', 'Team']],
    // A party-and-state tag after a lawmaker's name is a label, not an actor.
    ['Rep. Todd Whitaker, R-Texas, backed the bill. Sen. Maria Lopez, D-Ariz., opposed it.', ['Todd Whitaker', 'Maria Lopez'], ['R-Texas', 'D-Ariz']],
    // A name whose verb comes past a time ("on Thursday") acts all the same.
    ['The Kremlin on Thursday dismissed a European proposal for a ceasefire.', ['Kremlin'], ['Thursday']],
    // A body's word in the plural heads its name too.
    ['The Centers for Disease Control and Prevention said cases had doubled.', ['Centers for Disease Control and Prevention'], ['Disease Control', 'Prevention']],
    // Italian and Portuguese particles join a name's words as "of" does.
    ['According to the Italian daily Corriere della Sera, the deal is off. Luiz dos Santos agreed.', ['Corriere della Sera', 'Luiz dos Santos'], ['Sera', 'Santos']],
    // An initial before a one-word surname is the person's; an honorific's abbreviation is not.
    ['ISRO chairman K. Ramanathan said the launch went well. Ramanathan smiled. Mr. Smith agreed.', ['K. Ramanathan'], ['Ramanathan', 'Mr. Smith']],
  ];
  for (const [text, expected, absent] of CASES) {
    it(JSON.stringify(text.slice(0, 70)), () => {
      const article = en(text);
      const names = article.actors.map((a) => a.name);
      for (const n of expected) expect(names, seen(article)).to.include(n);
      for (const n of absent) expect(names, seen(article)).not.to.include(n);
    });
  }
  it('reads a plural noun inside a three-word name as a body, not a person', () => {
    const article = en('The report, published by Human Rights Watch, says so. Kenyans Against Gays protested. John Adams Smith agreed.');
    expect(article.actors.map((a) => [a.name, a.kind])).to.deep.include.members([['Human Rights Watch', 'organization'], ['Kenyans Against Gays', 'organization'], ['John Adams Smith', 'person']]);
  });
  it('reads what employs someone as a body, and the names in brackets after a body as its own', () => {
    const text = 'Somalia\'s Prime Minister Abdiweli Mohamed Ali spoke. Jens Oppermann, the country director of Action Against Hunger (Action Contre La Faim, ACF), told AFP: "We are no longer talking about a crisis." Marine Le Pen (Front National) did not.';
    const article = en(text);
    const body = article.actors.find((a) => a.name == 'Action Against Hunger');
    expect([body?.kind, body?.aliases], seen(article)).to.deep.equal(['organization', ['Action Contre La Faim', 'ACF']]);
    expect(article.actors.map((a) => a.name), seen(article)).to.include.members(['Abdiweli Mohamed Ali', 'Marine Le Pen', 'Front National']);
    expect(speakerName(article, article.quotes[0]?.speaker), seen(article)).to.equal('Jens Oppermann');
  });
  it("reads a country's possessive before a body's lower-case head as that body, which may speak", () => {
    const article = en('"No indication was observed," said Malaysia\'s transport ministry on Friday.');
    expect(article.actors.map((a) => a.name), seen(article)).to.deep.equal(["Malaysia's transport ministry"]);
    expect(article.quotes[0]?.speaker, seen(article)).to.equal(article.actors[0].id);
  });
  it('reads the names listed after a plural place noun and "of" as places', () => {
    const article = en('The UN report describes attacks on the villages of Saraf Jidad, Sirba, Silea and Abu Suruj in January.');
    expect(article.actors.map((a) => a.name), seen(article)).to.deep.equal(['UN']);
  });
  it('reads a name opening on a place word after a place preposition as a place: at most an unlikely actor', () => {
    const article = en('The cabinet froze building in the West Bank.');
    expect(article.actors.filter((a) => a.name == 'West Bank' && a.confidence >= 0.5), seen(article)).to.deep.equal([]);
  });
  it('reads an article opening two words or more as a title, a body', () => {
    const article = en('The crew had warnings, The Aviation Herald reported on Monday.');
    expect(article.actors.map((a) => [a.name, a.kind])).to.deep.include.members([['The Aviation Herald', 'organization']]);
  });
  it("reads what a title deals with as its domain, not someone, but a spokesman's body as a body", () => {
    const article = en('The United Nations High Commissioner for Human Rights said it was wrong. A spokesman for the Echo Arena said all animals were safe.');
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).not.to.include('Human Rights');
    expect(names, seen(article)).to.include('Echo Arena');
  });
  it("reads a community, an assembly or a programme as a body, whole with its complement", () => {
    const article = en('The Economic Community of West African States imposed an arms embargo on Tuesday.');
    expect(article.actors.map((a) => [a.name, a.kind]), seen(article)).to.deep.equal([['Economic Community of West African States', 'organization']]);
  });
  it("reads a title word before a body's word that ends the name as a company's name, not a title", () => {
    const article = en('Ford, General Motors and Daimler Chrysler cut jobs. Chief Executive Tim Cook said it was fine.');
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include.members(['General Motors', 'Tim Cook']);
    expect(names.some((n) => /Motors and|Chief/.test(n)), seen(article)).to.equal(false);
  });
  it('reads a sentence-opening word the text writes only in lower case as no part of the name after it', () => {
    const article = en('The study looks at recent changes. Recent Walker circulation strengthening is clear, Smith said. Al Qaeda denied it; al Qaeda is banned.');
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).not.to.include('Recent Walker');
    expect(names, seen(article)).to.include('Al Qaeda');
  });
  it('reads no ship as an actor, under its prefix or without it, and a military rank abbreviated as a title', () => {
    const article = en('Pirates hijacked the MV Sirius Star on Saturday. The Sirius Star was carrying oil. HMS Cornwall sank a skiff. "It is complex," said Lt. Nate Christensen of the United States Navy.');
    expect(article.actors.map((a) => a.name), seen(article)).to.deep.equal(['Nate Christensen', 'United States Navy']);
  });
  it('reads a name after a body noun with two modifiers as that body', () => {
    const article = en('Hackers associated with the internet activist group Anonymous attacked the website on Monday.');
    expect(article.actors.find((a) => a.name == 'Anonymous')?.kind, seen(article)).to.equal('organization');
  });
  it("reads a body's closing word alone, capitalised, as the one body it closes", () => {
    const article = en("Hackers attacked the website of the Westboro Baptist Church. The Church's spokeswoman denied it.");
    expect(article.actors.map((a) => a.name), seen(article)).to.deep.equal(['Westboro Baptist Church']);
  });
  it("reads a body's name without its country or its body's word as that body", () => {
    const article = en('The U.S. Supreme Court ruled on Wednesday. The Supreme Court said the law was void. Pupils of Sandy Hook Elementary School were killed. Sandy Hook Elementary was closed.');
    expect(article.actors.map((a) => [a.name, a.kind, a.aliases]), seen(article)).to.deep.equal([
      ['U.S. Supreme Court', 'organization', ['Supreme Court']],
      ['Sandy Hook Elementary School', 'organization', ['Sandy Hook Elementary']],
    ]);
  });
});

describe('en: quotes', () => {
  const CASES: [string, [string, string | null][]][] = [
    ['"Key to this investigation is learning why," Robert Sumwalt said.', [['Key to this investigation is learning why', 'Robert Sumwalt']]],
    ['"We will act quickly on this," said Senate Majority Leader Harry Reid.', [['We will act quickly on this', 'Harry Reid']]],
    ['But Representative Marcy Kaptur was not changing her vote. "I will not support this legislation," she said.', [['I will not support this legislation', 'Marcy Kaptur']]],
    ['"We will get there," swore Jane Doe. "It was a disaster," Tom Hill blogged. "Nobody knows," speculated Ann Lee.', [['We will get there', 'Jane Doe'], ['It was a disaster', 'Tom Hill'], ['Nobody knows', 'Ann Lee']]],
    // A name before a person's lower-case title and another name is whom that person works for.
    ['"Prices will fall," predicted Goldman Sachs analyst Jan Hatzius. "We are not afraid," protesters chanted.', [['Prices will fall', 'Jan Hatzius'], ['We are not afraid', null]]],
    // "an aide to the mayor": the mayor is whom the speaker serves, not the speaker.
    ['Mayor Jane Castor visited the area. "Help is on the way," an aide to the mayor said.', [['Help is on the way', null]]],
    // "The Red Cross said": an article before a name that speaks makes it a body, so "It added" stands for it.
    ['The Red Cross said it was "deeply alarmed" by the reports. It added that aid workers "must be protected".', [['deeply alarmed', 'Red Cross'], ['must be protected', 'Red Cross']]],
    ['The state governor, Henry McMaster, said the locomotive was "barely recognizable" and "a horrible thing to see".', [['barely recognizable', 'Henry McMaster'], ['a horrible thing to see', 'Henry McMaster']]],
    ['The switch was left "literally locked" in place, according to Derrec Becker, a spokesman for the county.', [['literally locked', 'Derrec Becker']]],
    ['It was a "disaster" for the town.', []],
    // The listener is not the speaker; a participle and a coordinated verb keep the sentence's subject.
    ['UK citizen Jim Swire believes he is innocent. He described it as "a sad time", telling the BBC it was "a miscarriage of justice".', [['a sad time', 'Jim Swire'], ['a miscarriage of justice', 'Jim Swire']]],
    ['US citizen Susan Cohen called him "a mass murderer", adding to CNN: "I feel no pity for him at all."', [['a mass murderer', 'Susan Cohen'], ['I feel no pity for him at all.', 'Susan Cohen']]],
    ['Prime Minister David Cameron commented that Smith "should never have been released" and said it was "a sad day for everyone".', [['should never have been released', 'David Cameron'], ['a sad day for everyone', 'David Cameron']]],
    // An organisation's description or pronoun: "the group said", "it added"; "it is noted" and "the court was told" are nobody's.
    ['Amnesty International criticised the verdict. "This is a travesty of justice," the group said.', [['This is a travesty of justice', 'Amnesty International']]],
    ['Boeing has delayed the delivery. "We regret the inconvenience to our customers," it said in a statement.', [['We regret the inconvenience to our customers', 'Boeing']]],
    // A nationality qualifying a title picks the person it was said of: "the Irish leader" is not the opposition leader.
    ['Opposition leader Jeremy Corbyn called the plan "a disaster for jobs". May later met Irish Prime Minister Leo Varadkar. The Irish leader said the backstop "must stay".', [['a disaster for jobs', 'Jeremy Corbyn'], ['must stay', 'Leo Varadkar']]],
    // An apposition giving an age describes someone: the relative after it is theirs.
    ['Iraqis have mixed feelings, such as Safa, a 26-year old baker using a pseudonym, who said "I am proud of my country."', [['I am proud of my country.', 'Safa']]],
    // A party's acronym in brackets after someone is not their name: its spokesperson is not them.
    ['Police stopped opposition leader Morgan Tsvangirai (MDC) en route to a rally. "He was detained again," said MDC spokesperson Nelson Chamisa.', [['He was detained again', 'Nelson Chamisa']]],
    // A paragraph that is one quotation, right after a paragraph closing on an attributed one, goes on in that voice.
    ['"So far, so good, the early signs are positive," Gates said. "There is a great reluctance to engage in happy talk."\n\n"One real possibility is if we abandon some of these areas."', [['So far, so good, the early signs are positive', 'Gates'], ['There is a great reluctance to engage in happy talk.', 'Gates'], ['One real possibility is if we abandon some of these areas.', 'Gates']]],
    // A document named by its noun alone opening the clause is that of whom the sentence before was about.
    ['Russia\'s Interior Ministry confirmed yesterday that police will enforce the law. The statement said "law enforcement agencies can have no qualms".', [['law enforcement agencies can have no qualms', 'Interior Ministry']]],
    // A relative that stands for people, as the verb's subject, speaks for the name before it, even a passive's agent.
    ['The plan was backed by John Smith, a local councillor, who said "this is a great day for the town."', [['this is a great day for the town.', 'John Smith']]],
    ['The Football Association suspended the player. "This decision is final," the body said. The Guardian reported it.', [['This decision is final', 'Football Association']]],
    ['Amnesty International said on Friday that the authorities were hiding information. "It is shocking that journalists are being detained."', [['It is shocking that journalists are being detained.', 'Amnesty International']]],
    ['The Senate passed the bill. It is noted on the website that "the vote was close".', [['the vote was close', null]]],
    ['The High Court heard the case. MacKinnon punched him as "a joke", the court was told.', [['a joke', null]]],
    // A given name inside a run of capitalised words starts the person: "Interior Minister Matthias Fekl".
    ['Speaking to France Info Jacques Witkowski said the fire was "a mechanical problem".', [['a mechanical problem', 'Jacques Witkowski']]],
    // A semicolon closes the clause before the verb's own; whoever quotes is not whoever spoke.
    ['He fled to Canada; the following year, Premier Zhu Rongji said "he would be executed three times over".', [['he would be executed three times over', 'Zhu Rongji']]],
    // A social-media handle is someone; a verb of manner ("sighs") attributes like "says".
    ['Twitter user @jane_doe suggests that "the triangle needs investigating". Mail john@example.com.', [['the triangle needs investigating', '@jane_doe']]],
    ['Zaynab Khadr wept. "None of us have ever tried to leave," Zaynab sighs.', [['None of us have ever tried to leave', 'Zaynab Khadr']]],
    ['John Smith was charged. "He did nothing wrong," said a lawyer for John Smith. "We are confident," Smith\'s mother added.', [['He did nothing wrong', null], ['We are confident', null]]],
    // The head of an English role is its last noun; a pronoun before a name that governs the verb is not its subject.
    ['"A dark day," said Mark Evans, the union\'s general secretary. In a statement, the company said it was "deeply sorry".', [['A dark day', 'Mark Evans'], ['deeply sorry', null]]],
    ['Asked whether he would resign, Johnson replied: "Absolutely not."', [['Absolutely not.', 'Johnson']]],
    // An organisation's complement may stand between it and its verb.
    ['Exploring the flaw, National Cyber Security Centre of the UK said "the attacker would have to be close".', [['the attacker would have to be close', 'National Cyber Security Centre']]],
    // An acronym is a name even where its letters spell a common word.
    ['The WHO notes that only five percent of people "are covered by comprehensive bans".', [['are covered by comprehensive bans', 'WHO']]],
    ['Johnny Donovan, manager of J Donovan Productions, is quoted by the New York Daily Times as saying, "Shame on Russia!"', [['Shame on Russia!', 'Johnny Donovan']]],
    // A newspaper whose title opens on a weekday; a verb past a subordinator belongs to another clause.
    ['On February 12, the Sunday Telegraph claimed that planners are "drawing up plans".', [['drawing up plans', 'Sunday Telegraph']]],
    ['Smith urged "calm and restraint" while Jones described "a catastrophe".', [['calm and restraint', 'Smith'], ['a catastrophe', 'Jones']]],
    // A body, a title after a modifier, then the person: the person speaks; a verb of exhortation is one of saying.
    ['"Stay away from the beaches," warned Coastguard Northern Region duty officer John Cowan. "We have had a report," he remarked.', [['Stay away from the beaches', 'John Cowan'], ['We have had a report', 'John Cowan']]],
    ['The civil defence spokesman for Oahu, John Cummings, encouraged people to "get off the shoreline."', [['get off the shoreline.', 'John Cummings']]],
    // A past form after the comma closing an apposition is the named person's verb; a possessor owns what is spoken of.
    ['The president sent ministers, while Bambang Widaryatmo, head of the police, promised "swift prosecutions".', [['swift prosecutions', 'Bambang Widaryatmo']]],
    ['Miliband responded to Fallon\'s comments: "Michael Fallon is a decent man."', [['Michael Fallon is a decent man.', 'Miliband']]],
    // The name between commas right before a past form is its subject, not the country that owns the title.
    ['Japan\'s prime minister, Fumio Kishida, vowed to "respond firmly" to any provocation.', [['respond firmly', 'Fumio Kishida']]],
    // A name before a relative clause between commas is the subject of the verb of saying after it.
    ['Shell, which denies wrongdoing, said it would "vigorously defend" itself.', [['vigorously defend', 'Shell']]],
    ['Uber, a ride-hailing company based in San Francisco, said it "regrets the decision".', [['regrets the decision', 'Uber']]],
    // "by" and a present participle say how, not by whom: "responded by saying" is active.
    ['Critics attacked the plan. Smith responded by saying that it was "the only option left".', [['the only option left', 'Smith']]],
    // A gerund's subject is that of the verb it hangs on, not the sentence's first name.
    ['After shareholder Tom Strobhar complained, Howard Schultz responded by saying, "You are free to sell your shares."', [['You are free to sell your shares.', 'Howard Schultz']]],
    // A time adverb may stand between a name and its verb.
    ['Smith later told the BBC: "I have no regrets."', [['I have no regrets.', 'Smith']]],
    // (A list is no such clause, and a place where something happened does not speak.)
    ['General John Abizaid, responsible for the Middle East, East Africa and Central Asia, said a strike is "not in the offing".', [['not in the offing', 'John Abizaid']]],
    // After a verb that names ("called X "…"", "described X as "…""), the name is spoken of, not speaking.
    ['A 2006 US report called the Mahdi Army a "most dangerous accelerant of violence". Critics described Hezbollah as "a state within a state".', [['most dangerous accelerant of violence', null], ['a state within a state', null]]],
    // A document's issuer named right before the verb speaks through it; "found" reports a study's words.
    ['The report by Human Rights Watch found "systematic abuses" in the camps.', [['systematic abuses', 'Human Rights Watch']]],
    ['An investigation by the BBC has revealed that aid money was "siphoned off" by rebels.', [['siphoned off', 'BBC']]],
    // An apposition left without its closing comma; people coordinated before a plural verb: the first speaks.
    ['Jo Smith, head of the Tenants Union of Leeds said the rents were "simply unaffordable".', [['simply unaffordable', 'Jo Smith']]],
    ['Senator Jane Doe and Governor Rick Hall have described the deal as "a betrayal".', [['a betrayal', 'Jane Doe']]],
    // A pronoun may stand for the person given as a source in the sentence before.
    ['"Stay away," warned officer John Cowan. Work stopped, according to production controller Ted Rye. "We had a report," he remarked.', [['Stay away', 'John Cowan'], ['We had a report', 'Ted Rye']]],
    // With no subject of its gender, a gendered pronoun stands for the one person of that gender named just before.
    ['Firefighter Greg Mills pulled Dorothy Vance from the house. "I thought I would die," she said. Reporters asked Rep. Diane Holt whether she would back the bill. "Not in its current form," she replied.', [['I thought I would die', 'Dorothy Vance'], ['Not in its current form', 'Diane Holt']]],
    ['Aerospace supplier Kestrel Dynamics said it would cut 2,000 jobs. "These decisions are never easy," the company said.', [['These decisions are never easy', 'Kestrel Dynamics']]],
    ['Brightwater Logistics Ltd, a haulage firm based in Kent, has entered administration. "We tried everything," the firm said.', [['We tried everything', 'Brightwater Logistics Ltd']]],
    // Company suffixes head a body's name, which "the company" stands for.
    ['Automaker Brightline Motors said it would idle its plant. "We are aligning production with market conditions," the company said.', [['We are aligning production with market conditions', 'Brightline Motors']]],
    // A word completing a title of several words is the title's, not the name's.
    ['"We are seeing a digestion period," Chief Executive Rajiv Menon told analysts. Chief Financial Officer Laura Whitcomb said margins would "bottom out soon".', [['We are seeing a digestion period', 'Rajiv Menon'], ['bottom out soon', 'Laura Whitcomb']]],
    // A court's ruling attributes; a title abbreviated before another title opens the name.
    ['The judge, Catherine Moyo, ruled that the search had been "unlawful from the start". "The situation is volatile," said Brig. Gen. Michael Thornton.', [['unlawful from the start', 'Catherine Moyo'], ['The situation is volatile', 'Michael Thornton']]],
    // Someone by their age or fortune after the verb is the person just named; a passive with no agent hands over to the
    // verb before it.
    ['Veteran jockey Patrick Doyle retired on Saturday. "My body has been telling me for a while," the 62-year-old said. Tech billionaire Victor Lamb stepped down. "It\'s time for fresh eyes," the billionaire wrote.', [['My body has been telling me for a while', 'Patrick Doyle'], ["It's time for fresh eyes", 'Victor Lamb']]],
    ['The European Space Agency postponed the launch. The agency said a new date would be announced "in the coming days".', [['in the coming days', 'European Space Agency']]],
    ['Ferrari driver Luca Benedetti won the Monaco Grand Prix on Sunday. "I have dreamed of this since I was a kid," said the Italian.', [['I have dreamed of this since I was a kid', 'Luca Benedetti']]],
    // A verb's form right after a preposition is a noun ("by reports that"); a noun for what a business is, opening the
    // sentence before its name, describes it and "the carrier" stands for it.
    ['The State Department said on Monday it was "deeply concerned" by reports that Iran had expanded enrichment.', [['deeply concerned', 'State Department']]],
    ['Airline Skyvia said on Monday it would cancel flights. "We regret the disruption," the carrier said in a statement.', [['We regret the disruption', 'Skyvia']]],
    ['The Pentagon confirmed the deployment. Beijing, for its part, said it was "deeply concerned".', [['deeply concerned', 'Beijing']]],
    // "X of Y said": the person speaks, the body after "of" employs them; a title keeps a place word a surname.
    ['Analyst Joanna Park of Crestview Research said subscribers were "already showing signs of fatigue".', [['already showing signs of fatigue', 'Joanna Park']]],
    // People the text does not name speak unnamed, whoever's title and name complete them.
    ['Supporters of President Trump chanted "lock her up" at the rally.', [['lock her up', null]]],
    // A sentence opening on whose view or whose answer, by a possessive, gives the words of the one spoken of.
    ['Judge Anna Roberts ruled against the city. In her view, the law was "plainly unconstitutional".', [['plainly unconstitutional', 'Anna Roberts']]],
    ['Mayor Tom Hale closed the bridge. His explanation was simple: "We could not risk a single life."', [['We could not risk a single life.', 'Tom Hale']]],
    // Whoever issued a document that speaks speaks through it, wherever the preposition before them.
    ['A statement from the Kremlin said Putin had "expressed his condolences".', [['expressed his condolences', 'Kremlin']]],
    // A name inside a clause between commas right before the verb is not its subject; the name before the clause is.
    ['Biden, speaking at the White House, said the bill was "a big deal".', [['a big deal', 'Biden']]],
    // …rather than that sentence's subject, whose description may hold a nationality.
    ['Muqtada al-Sadr broke with Maliki in 2005. According to Iraqi political analyst Hazem Nuaeimi, Sadr is a thorn in the side of other groups. "There is a need to minimize his strength," he said.', [['There is a need to minimize his strength', 'Hazem Nuaeimi']]],
    // A title a party qualifies goes on with the last speaker; "the tech giant" is an organisation's description.
    ['In an interview, Keir Starmer said he would go "all the way". The Labour leader added: "I am ready."', [['all the way', 'Keir Starmer'], ['I am ready.', 'Keir Starmer']]],
    ['Apple said in a filing that sales were "below expectations". The tech giant added that it "remains confident".', [['below expectations', 'Apple'], ['remains confident', 'Apple']]],
    // An opener is skipped before a subject only up to its comma; a relative that stands only for people names someone.
    ['According to this InterPress Service report, ex-CIA official Paul Pillar led the work, and told the InterPress Service that the estimates "addressed the Iranian fears".', [['addressed the Iranian fears', 'Paul Pillar']]],
    ['During the debate, peers wore carnations. Lord Alli, who is openly gay, said the law means "my life will be better".', [['my life will be better', 'Lord Alli']]],
    // "called for" attributes; a hyphenated title is no part of the name.
    ['Mugabe accused Prime Minister Gordon Brown of interfering, after Brown called for "free and fair elections" on Friday.', [['free and fair elections', 'Gordon Brown']]],
    ['U.N. Deputy Secretary-General Asha-Rose Migiro made remarks calling the situation "an extremely grave crisis".', [['an extremely grave crisis', 'Asha-Rose Migiro']]],
    // A pronoun goes on with the speaker just before, even where a given name guessed another gender; a connective is no one.
    ['Nevertheless, the government held firm. "The vigils turned violent," said Justice Minister Kim Kyung Han. He vowed to "chase those who instigate violence".', [['The vigils turned violent', 'Kim Kyung Han'], ['chase those who instigate violence', 'Kim Kyung Han']]],
    // One word, the body it belongs to, then a verb of saying: someone speaking for it.
    ['These boycotts are criticised. Dodds of Time Magazine points out, "Stoli seems a logical target."', [['Stoli seems a logical target.', 'Dodds']]],
    // A verb with its particle attributes ("pointed out", "hit back"); so do verbs of manner.
    ['"The law is clear on this," Jane Smith pointed out. "We never agreed to that deal," Tom Reed hit back.', [['The law is clear on this', 'Jane Smith'], ['We never agreed to that deal', 'Tom Reed']]],
    ['"This ruling is a disgrace," fumed Jane Smith, while Tom Reed slammed the plan as "a betrayal of voters".', [['This ruling is a disgrace', 'Jane Smith'], ['a betrayal of voters', 'Tom Reed']]],
    // People the text does not name, and a body after "officials at", speak unnamed.
    ['Officials at the Department of Health said the outbreak was "under control". Witnesses told the BBC they heard "a huge explosion".', [['under control', null], ['a huge explosion', null]]],
    // A body right beside a noun for an unnamed source is whom the source speaks for; the source speaks, unnamed.
    ['"The talks were constructive," a senior State Department official said. "We are still counting," a UN official told AFP.', [['The talks were constructive', null], ['We are still counting', null]]],
    // A title after "the former" stands for the person an earlier mention gave it to.
    ['Former President Donald Trump was in court on Monday. The former president said the case was "a witch hunt by radical prosecutors".', [['a witch hunt by radical prosecutors', 'Donald Trump']]],
    // "was telling" is active: its subject speaks; "was told" is passive.
    ['Mayor Karen Bass was telling reporters that the fire was "completely out of control".', [['completely out of control', 'Karen Bass']]],
    // A country owning the title, or a body right before it, qualifies the title: the person is the subject "he" goes on with.
    ['Kenya\'s Prime Minister Raila Odinga said "We will help" on Monday. Aid workers said the camps were full. Somalia\'s Prime Minister Abdiweli Mohamed Ali in an interview with the BBC said a camp had opened. "We are appealing to the world," he told the BBC.', [['We will help', 'Raila Odinga'], ['We are appealing to the world', 'Abdiweli Mohamed Ali']]],
    // Right after the quotation, the name before an apposition speaks, not the one inside it; "Maliki" is "Nouri al-Maliki".
    ['Muqtada al-Sadr called for calm. "Talks go on," Harith al-Ithari, head of al-Sadr\'s Basra office, told Reuters. Prime Minister Nouri al-Maliki flew in. "They will face penalties," Maliki said.', [['Talks go on', 'Harith al-Ithari'], ['They will face penalties', 'Nouri al-Maliki']]],
    // A document speaks for whoever issued it; scientists at a body speak unnamed, whoever owns the body.
    ['The report, released by the World Bank on Tuesday, warned that growth would be "the weakest in decades".', [['the weakest in decades', 'World Bank']]],
    ['Scientists at NASA\'s Jet Propulsion Laboratory said the probe was "in excellent health".', [['in excellent health', null]]],
    // The owner of a thing that is a verb's subject is not its subject; a participle after someone's remarks is theirs.
    ['Michael Fallon spoke. Former Labour leader Tony Blair said Fallon\'s remarks hinted at desperation: "The Tories were up to their old tricks."', [['The Tories were up to their old tricks.', 'Tony Blair']]],
    ['It was hailed as a success, unlike U.N. Deputy Secretary-General Asha-Rose Migiro\'s remarks calling the situation "an extremely grave crisis".', [['an extremely grave crisis', 'Asha-Rose Migiro']]],
    // What completes a person's name is whom they work for: the person stays the subject a participle goes on with.
    ['Saleh Kinyongo of the Humanitarian Affairs Ministry revised the toll, saying to reporters "We now know there is a survivor."', [['We now know there is a survivor.', 'Saleh Kinyongo']]],
    // Where heads come last, a description may take two modifiers before its noun.
    ['The Federación Nacional de Cafeteros de Colombia sued him. In what the coffee growers association calls "an attack on national dignity", the comic mocks them.', [['an attack on national dignity', 'Federación Nacional de Cafeteros de Colombia']]],
    // The person before the apposition speaks, not the campaign it names.
    ['Alistair Darling, leader of the pro-union Better Together campaign, addressing "No" campaign workers said "You represent the majority of opinion."', [['You represent the majority of opinion.', 'Alistair Darling']]],
    // A title opening the sentence is its subject: a later "he" goes on with its holder, not a name inside the clause.
    ['President George W. Bush arrived in Jerusalem on Wednesday. The president says he will meet regional leaders, and he says Syrian President Bashar al-Assad is the main obstacle. "President Assad must understand," he said.', [['President Assad must understand', 'George W. Bush']]],
    // A country's leader is the person the text named, not the country; a statement from a body speaks for it.
    ['"We will rebuild," vowed Prime Minister Jacinda Ardern. New Zealand\'s leader said the country was "united in grief".', [['We will rebuild', 'Jacinda Ardern'], ['united in grief', 'Jacinda Ardern']]],
    ['A statement from Buckingham Palace said the Queen was "deeply saddened".', [['deeply saddened', 'Buckingham Palace']]],
    // Whom a medium quotes spoke, not the medium; in the passive, the subject spoke.
    ['The Associated Press quoted a police official as saying: "The gunman acted alone." John Eastman is quoted by U.S. News and World Report as saying, "All eyes are on Kennedy."', [['The gunman acted alone.', null], ['All eyes are on Kennedy.', 'John Eastman']]],
    // People the text does not name spoke, not the name after the verb; a verb ends a title's phrase ("The president told CNN").
    ['Prosecutors said Smith had "planned the attack for months". John Smith denied the charges.', [['planned the attack for months', null]]],
    ['The president told CNN that the plan was "dead on arrival".', [['dead on arrival', null]]],
    // Whoever owns the statement speaks through it.
    ['Amnesty International published its findings on Monday. "Journalists are being silenced," Amnesty International\'s report said.', [['Journalists are being silenced', 'Amnesty International']]],
    // A description before a clause between commas is the verb's subject; "the centre" is the "Center" named before.
    ['The Pacific Tsunami Warning Center issued a warning. The centre, which also confirmed the earthquake, also added that "a tsunami has been generated".', [['a tsunami has been generated', 'Pacific Tsunami Warning Center']]],
    // One word opening its sentence and taken up by "his" is someone, so "he" can stand for him.
    ['Omar Jarun said the team was "flat from the start". Schmetzer was delighted with the way his side played. "I think we played well," he said.', [['flat from the start', 'Omar Jarun'], ['I think we played well', 'Schmetzer']]],    // People by the plural of their trade, opening the sentence, are unnamed; after "the", "comments" is a noun, not a verb.
    ['Traders said the comments had "limited impact" on the yen. A trader in Tokyo agreed.', [['limited impact', null]]],
    // A local title before a name is the person's role; "Energy" ends a company's name, which "the company" takes up.
    ['Councilman Rob Esquivel called the plan "a giveaway to developers".', [['a giveaway to developers', 'Rob Esquivel']]],
    ['Norvik Energy reported a fall in profit. "We remain confident in our strategy," the company said.', [['We remain confident in our strategy', 'Norvik Energy']]],
    // A name in apposition to the description opening the clause speaks; a possessor is not the subject, what it owns is.
    ['The main farmers\' union, the National Agricultural Federation, said it would "fight on to the end".', [['fight on to the end', 'National Agricultural Federation']]],
    ['China\'s Ministry of Foreign Affairs on Monday condemned the visit, calling it "a serious provocation".', [['a serious provocation', 'Ministry of Foreign Affairs']]],
    // A sentence made only of the quotation, then "That was the assessment of X": X said it.
    ['"It is the worst I have seen in 30 years." That was the assessment of Fire Chief Tom Reyes as the blaze spread.', [['It is the worst I have seen in 30 years.', 'Tom Reyes']]],
    ['"We will not back down." That is what Prime Minister Mark Jordan said on Tuesday.', [['We will not back down.', 'Mark Jordan']]],
    // In an interview written as prose, a quotation alone after the text's question is the answer of whom it is about.
    ['Jess Aldridge is sitting in a café near the Oval. Has it sunk in yet? "Honestly, no. I keep looking at the medal." And what next? "A long lie-in," she grins.', [['Honestly, no. I keep looking at the medal.', 'Jess Aldridge'], ['A long lie-in', 'Jess Aldridge']]],
    // A name in the clause the verb reports is not its subject; "the agency" stands for the body named before.
    ['The Federal Trade Commission sued Corvana Health. The agency said in its complaint that Corvana had engaged in "a pattern of deception" for years.', [['a pattern of deception', 'Federal Trade Commission']]],
    // A description opening the sentence is the subject of a verb coordinated after its first.
    ['The National Disaster Management Authority gave a toll on Saturday. The authority said 300,000 people had been displaced and warned that "the worst may be yet to come".', [['the worst may be yet to come', 'National Disaster Management Authority']]],
    // A party's member after an article, a place before it or not, is the person just spoken of, not a body.
    ['Senator Frank Oberholt blocked the bill on Thursday. "This is a gift to the cartels," the Kentucky Republican said.', [['This is a gift to the cartels', 'Frank Oberholt']]],
    ['Derek Holloway launched his campaign on Tuesday. "Philadelphia deserves better," the Democrat told supporters.', [['Philadelphia deserves better', 'Derek Holloway']]],
    // A body's noun before a title says whose title it is: "the union leader" is a person, not the union.
    ['Denise Harwood, president of the Ohio Nurses Union local, said: "We did not want this." "You cannot replace experienced nurses with temps," the union leader told reporters.', [['We did not want this.', 'Denise Harwood'], ['You cannot replace experienced nurses with temps', 'Denise Harwood']]],
    // What a business does ("the miner", "the airline") stands for the business named before; "MP" is a title.
    ['Shares of Kestrel Mining fell 8% on Monday. "We expect production to recover," the miner said in a statement.', [['We expect production to recover', 'Kestrel Mining']]],
    ['Atlantic Delta Petroleum declared force majeure on Thursday. The company said the blaze had been caused by "suspected sabotage by oil thieves".', [['suspected sabotage by oil thieves', 'Atlantic Delta Petroleum']]],
    // A pronoun with a verb of its own after the verb is the reported clause's subject, not the speaker named before it.
    ['Sentencing Sandra Pike on Thursday, Judge Timothy Greaves said she had "betrayed the trust placed in her".', [['betrayed the trust placed in her', 'Timothy Greaves']]],
    // "it" is the body its own sentence is about, rather than one named after it.
    ['Human Rights Watch called on the African Union to open an inquiry into what it described as "a pattern of grave violations".', [['a pattern of grave violations', 'Human Rights Watch']]],
    // A nationality noun no ending gives is a person described: whom the sentence before was about, not a body.
    ['Carlos Alcaraz beat Casper Ruud in straight sets. "I played my best tennis today," the Spaniard said.', [['I played my best tennis today', 'Carlos Alcaraz']]],
    // Further back than a few sentences, a description stands for the one body of the text it can describe.
    ['Kenya Airways reported a profit on Tuesday. Passenger numbers rose sharply. Costs fell. The debt remains large. It was a good year. Shares rose. The airline said it planned to "expand capacity on key routes".', [['expand capacity on key routes', 'Kenya Airways']]],
    ['The plant\'s owner, Caldor Steel, said it was disappointed. "The scheme is no longer affordable," the company said.', [['The scheme is no longer affordable', 'Caldor Steel']]],
    ['Conservative MP Jordan Pritchett called the plan "a betrayal of rural voters".', [['a betrayal of rural voters', 'Jordan Pritchett']]],
    ['WHO Director-General Anders Lindqvist said the risk "remains low for the time being".', [['remains low for the time being', 'Anders Lindqvist']]],
    // An abbreviated title stands for the word in full; a noun for what someone does before a name is a title, so the
    // name is its sentence's subject, whom "he" stands for.
    ['The speaker rejected Gov. Lydia Morrow\'s proposal. "The votes are not there," Mr. Heffernan said. Ms. Morrow has argued otherwise. "Somebody is going to pay for this gap," the governor said.', [['The votes are not there', 'Heffernan'], ['Somebody is going to pay for this gap', 'Lydia Morrow']]],
    // A document opening its clause after the quotation is that of whoever the text said issued it.
    ['Amnesty International released a statement on Friday. Journalists are in jail. "It is shocking," the statement said.', [['It is shocking', 'Amnesty International']]],
    ['UAW President Mike Brannigan told a rally: "The wall has come down." Line worker Jamal Carter, 34, who helped organize the campaign, said workers wanted a say. "We were working mandatory overtime," he said.', [['The wall has come down.', 'Mike Brannigan'], ['We were working mandatory overtime', 'Jamal Carter']]],
  ];
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text.slice(0, 70)), () => {
      const article = en(text);
      expect(article.quotes.map((q) => [q.text, speakerName(article, q.speaker)]), seen(article)).to.deep.equal(expected);
    });
  }
});

describe('en: figures', () => {
  const CASES: [string, [string, number, string][]][] = [
    // A decimal measure joined to its noun by a hyphen; "one" in a list of counts is a count.
    ['A 6.0-magnitude earthquake struck. The dead were three South Koreans, one Malaysian, one Brit.', [['6.0-magnitude', 6, 'exact'], ['three', 3, 'exact'], ['one', 1, 'exact'], ['one', 1, 'exact']]],
    // "a decade", "a year" is a duration of one; "twice a year" a rate.
    ['It will be carbon-neutral within a decade. Inspectors come twice a year.', [['a decade', 1, 'exact']]],
    ['At least 116 were injured and 4,400 people were arrested.', [['At least 116', 116, 'more-than'], ['4,400', 4400, 'exact']]],
    ['The bill costs $110 billion, plus $250,000 per account.', [['$110 billion', 110e9, 'exact'], ['$250,000', 250000, 'exact']]],
    ['A spill of approximately 5,000 gallons, about ten miles (16 km) away.', [['approximately 5,000 gallons', 5000, 'about'], ['about ten miles', 10, 'about']]],
    ['The 54-year-old engineer and two patients; dozens of others.', [['54-year-old', 54, 'exact'], ['two', 2, 'exact'], ['dozens', 12, 'order-of-magnitude']]],
    ['It required 3/5 to pass on 10/1/2008 at 2:35 am, in 2005.', [['3/5', 0.6, 'exact']]],
    ['Five years later, flight United Express 3411 left two days later.', []],
    ['Between 10 and 20,000 people marched as sales rose from 3 to 5 billion.', [['10 and 20,000', 10000, 'exact'], ['3', 3e9, 'exact'], ['5 billion', 5e9, 'exact']]],
    // Units and multipliers written against the digits; other letters make a code (A320, 3D, the 1990s).
    ['The jet flew at 36,000ft for a deal worth €680m, or $2bn, unlike the A320 or 3D maps of the 1990s.', [['36,000ft', 36000, 'exact'], ['€680m', 680e6, 'exact'], ['$2bn', 2e9, 'exact']]],
    // A span of days is a date; a decimal range keeps its scale; "hundreds of thousands" is one order of magnitude.
    ['It ran May 23–31 and drew between 3.3 and 4.6 million people, hundreds of thousands of them in the Six-Day rally.', [['3.3 and 4.6 million', 3.3e6, 'exact'], ['hundreds of thousands', 1e5, 'order-of-magnitude']]],
    // A count joined to its noun by a hyphen; "one" beside another count.
    ['The 27-year-old spent a four-month period in jail. One Malaysian and one Brit died. COVID-19 spread.', [['27-year-old', 27, 'exact'], ['four-month', 4, 'exact'], ['One', 1, 'exact'], ['one', 1, 'exact']]],
    // Fractions are shares, not a count of their numerator; "the second half", "a third term" and "an hour and a half" are not.
    ['About two thirds of smokers, a third of the staff and half of the voters; a two-thirds majority. In the second half of the year he won a third term after an hour and a half.', [['About two thirds', 0.667, 'about'], ['a third', 0.333, 'exact'], ['half', 0.5, 'exact'], ['two-thirds', 0.667, 'exact'], ['an hour and a half', 1.5, 'exact']]],
    // Scores are identifiers, even after a name; a ratio to one is a figure.
    ['Chelsea won 1-0, Arsenal beat Spurs 3 to 2 and opponents were outspent 3 to 1.', [['3', 3, 'exact']]],
    // Clock times written with a dot.
    ['The first call was made at 4.42 and polls opened at 7.00 a.m, as 12 crews arrived.', [['12', 12, 'exact']]],
    // Numbers opening the items of a list are not figures.
    ['The list read: 1) Return the tree. 2) Clean up. Then 40 people left.', [['40', 40, 'exact']]],
  ];
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text), () => {
      const article = en(text);
      expect(article.figures.map((f) => [f.display, f.value, f.approx]), seen(article)).to.deep.equal(expected);
    });
  }
  it('lists a quantity said again with most of its words once ("two Swedish journalists… the imprisoned Swedish journalists")', () => {
    const article = en('Ethiopia put two Swedish journalists on trial. Officials said the two imprisoned Swedish journalists face fifteen years in prison.');
    expect(article.figures.map((f) => f.value), seen(article)).to.deep.equal([2, 15]);
  });
  it('reads no figure in clock times, an hour before "a.m." or a list item\'s number', () => {
    const article = en('At 10:30pm on Sunday, engineers fired the rocket. The alert lasts until 7:45am. The truce expired at 4 a.m. GMT.\n\n8. Political struggle and corruption matter. 9. Nobody listens.');
    expect(article.figures.map((f) => f.value), seen(article)).to.deep.equal([]);
  });
  it('reads "3/4" as a fraction but "9/11" and "24/7" as the names they are', () => {
    const article = en('Since 9/11, the desk has run 24/7, and about 3/4 of the staff agree.');
    expect(article.figures.map((f) => f.value), seen(article)).to.deep.equal([0.75]);
  });
});

describe('en: events', () => {
  const CASES: [string, [string, string][]][] = [
    ['The train crashed early on Sunday morning.', [['Sunday morning', '2018-02-04']]],
    // A live report's entry opening on a time of day happened on the day of publication.
    ['At 10:30 a.m., police closed the road.', [['At 10:30 a.m.', '2018-02-07']]],
    ['On December 18, a train derailed.', [['December 18', '2017-12-18']]],
    ['It was introduced on March 9, 2007, by Rep. Patrick Kennedy.', [['March 9, 2007', '2007-03-09']]],
    ['The vote will take place next week.', [['next week', '2018-02']]],
    ['He was transferred to Greenock in 2005.', [['in 2005', '2005']]],
    // A year between an article and a name dates what the name says happened; "a 1000" is no year.
    ['He recalled the 1967 Arab-Israeli War. There are more than a 1000 Rajput communities.', [['1967', '1967']]],
    // A decade written with two digits, after its article, is the last one begun by publication.
    ['He toured with Led Zeppelin in the 70s and the 1980s.', [['70s', '197X'], ['1980s', '198X']]],
    // The date a change is measured from is a baseline, not an event.
    ['Pork prices rose 65% from last year. He was elected last year.', [['last year', '2017']]],
    // A span of years starts at its first; a year after "a" dates the noun after it.
    ['He served from 2003 to 2005. A 2010 study found otherwise.', [['from 2003 to 2005', '2003'], ['2010', '2010']]],
    // "last November", "next June": the marker before the month says which.
    ['Voters rejected it last November and will vote again next June.', [['last November', '2017-11'], ['next June', '2018-06']]],
    // "for" a month or a year dates what a figure is about.
    ['The price index for January climbed 6%.', [['January', '2018-01']]],
    ['The board will meet on Friday.', [['Friday', '2018-02-09']]],
    ['Yesterday the line reopened.', [['Yesterday', '2018-02-06']]],
    // A year in brackets or before the noun it dates.
    ['Bushehr had 165,000 people (2005), within the 1949 armistice lines.', [['2005', '2005'], ['1949', '1949']]],
    // Seasons by their year; a month by its middle.
    ['Last summer the plant closed. It will reopen this winter, not in mid-March.', [['Last summer', '2017'], ['winter', '2018'], ['mid-March', '2018-03']]],
    // "is to", "set for": ahead, whatever the tense.
    ['The shelter is to open in July. The vote is set for Tuesday.', [['July', '2018-07'], ['Tuesday', '2018-02-13']]],
    // A span is one event on its first day, in the year written at its end.
    ['The festival ran from July 28 to September 25, 1973.', [['July 28 to September 25, 1973', '1973-07-28']]],
    ['Prices fell in the 1990s.', [['1990s', '199X']]],
    ['"Nobody wins," he said on Wednesday, adding that officials would meet next week.', [['Wednesday', '2018-02-07'], ['next week', '2018-02']]],
    // Ordinal days; distances from publication and from the date given last.
    ['On Tuesday, March 17th, the court met.', [['March 17th', '2017-03-17']]],
    ['The plant closed three years ago.', [['three years ago', '2015']]],
    ['The flight vanished on December 28. Wreckage was found two days later.', [['December 28', '2017-12-28'], ['two days later', '2017-12-30']]],
    // A day and month with no year: in a past clause never after publication; with no tense, up to a month ahead.
    ['The jet vanished on February 20.', [['February 20', '2017-02-20']]],
    ['The board meets on February 20.', [['February 20', '2018-02-20']]],
    ['The match was played last night.', [['last night', '2018-02-06']]],
    // A month's year after "of" or a relative year; an ordinal day with or without its month; a hole is no date.
    ['The plan was announced in March of 2013 and revised in May last year.', [['March of 2013', '2013-03'], ['May last year', '2017-05']]],
    ['Polls opened on the 5th and the count ended on the 18th of January. He won the 18th hole.', [['the 5th', '2018-02-05'], ['the 18th of January', '2018-01-18']]],
    // "last week" is the calendar week before (29 January – 4 February), dated by the month most of its days are in.
    ['The site was launched last week and closed this morning.', [['last week', '2018-02'], ['this morning', '2018-02-07']]],
  ];
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text), () => {
      const article = en(text);
      expect(article.events.map((e) => [e.cue, e.date]), seen(article)).to.deep.equal(expected);
    });
  }
});

describe('en: labels', () => {
  // [text, figure display or event cue, label]
  const FIGURES: [string, string, string][] = [
    ['More than 1,900 workers covered by the deal walked out.', 'More than 1,900', 'workers covered'],
    ['Dozens of people were killed and thousands were detained.', 'Dozens', 'people killed'],
    ['The union rejected a one-off payment of £500 on Monday.', '£500', 'one-off payment'],
    ['It is about 40% of the traffic.', 'about 40%', 'traffic'],
    // An age reads as one; a unit that is what is counted opens the label.
    ['The campaigner, Jim Swire, aged 76, spoke.', '76', 'age of Jim Swire'],
    // A bare number between commas after a name is an age; a part of a whole counts what the whole counts.
    ['He killed his cellmate Colin Penrose, 22, in the prison.', '22', 'age of Colin Penrose'],
    ['The 23-year-old Umar Farouk Abdulmutallab lived there.', '23-year-old', 'age of Umar Farouk Abdulmutallab'],
    ['A 31-year-old dentist died.', '31-year-old', 'age of dentist'],
    ['On June 22, approximately 20 of the 25 employees were arrested.', 'approximately 20', 'employees arrested'],
    // A number that counts nothing of its own counts what the one just before counts; a measure with nothing after it
    // measures its clause's subject, or what a relative pronoun stands for.
    ['Individuals raise either $90, $180, or $360.', '$360', 'Individuals raise'],
    ['Food prices, which climbed 14.4%, led the rise.', '14.4%', 'Food prices'],
    ['The bill passed with 74 yeas and 25 nays.', '74 yeas', 'yeas'],
    // A number counting nothing close after a figure of its kind counts the same, rather than its clause's subject;
    // a part of a group counts what the group is.
    ['The quake killed 51 people and injured at least 25.', 'at least 25', 'people'],
    ['Police detained several protesters, and two of them were charged.', 'two', 'protesters'],
    ['The plane came down just over 200 metres from the runway.', 'just over 200 metres', 'runway'],
    // An age may be written after the number in several words; a label is never another number nor a hedge.
    ['Police arrested the 35-year old Madhavan on Tuesday.', '35-year', 'age of Madhavan'],
    ['He handed power to his 75 year-old brother last year.', '75', 'age of brother'],
    ['The number of wounded rose from at least seventeen to at least nineteen.', 'at least seventeen', 'number of wounded'],
    // "N years old" after an adverb is an age all the same.
    ['Melina died on March 2, 2011, aged just 19 years old.', '19 years', 'age'],
    // A number that is its clause's subject, counting nothing named, counts what the verb after it says of it.
    ['It was soon confirmed that at least 39 were dead.', 'at least 39', 'dead'],
    ['One person was killed, and four others were moderately wounded.', 'four others', 'wounded'],
    // A verb of measure gives the value of its subject.
    ['The death toll from the bridge collapse has risen to four.', 'four', 'death toll'],
    ['The deal was valued at $66.1 billion.', '$66.1 billion', 'deal'],
    ['The study found radioactivity in four out of eight fish samples.', 'four', 'fish samples'],
    ['A spill of approximately 5,000 gallons of fuel from the train posed no hazard.', 'approximately 5,000 gallons', 'fuel'],
    ['Investigators examined more than 1,000 suspects with police at one stage turning over a town.', 'more than 1,000', 'suspects'],
  ];
  for (const [text, display, label] of FIGURES) {
    it(`${display} → ${label}`, () => {
      const f = run(text, { lang: 'en' }).figures.find((x) => x.display == display);
      expect(f?.label).to.equal(label);
    });
  }
  const EVENTS: [string, string, string][] = [
    ['Dock workers at the Port of Felixstowe walked out on Tuesday in a dispute over pay.', 'Tuesday', 'Dock workers at the Port of Felixstowe walked out in a dispute over pay'],
    ['"Nobody wins from a long strike," he said on Wednesday, adding that officials would meet.', 'Wednesday', '"Nobody wins from a long strike," he said'],
    // "He" opening a sentence stands for the previous sentence's subject.
    ['Union leader Sharon Graham met the employers. She rejected the offer on Tuesday.', 'Tuesday', 'Sharon Graham rejected the offer'],
    // "who" right after a person names them; a plural verb after it does not.
    ['"It has changed my mind," said Representative Jim Ramstad (R Minnesota), who voted against the previous bill on Monday.', 'Monday', 'Jim Ramstad voted against the previous bill'],
    // Dating words opening the clause (with their preposition, an adverb, a part of the day) go with the date.
    ['On March 8, the inaugural train on a new route derailed at high speed.', 'March 8', 'The inaugural train on a new route derailed at high speed'],
    ['Early on Monday morning, the freight train slammed into a truck.', 'Monday morning', 'The freight train slammed into a truck'],
    ['"We will not accept an offer that cuts the real pay of every worker at the port this year," said union leader Sharon Graham on Tuesday.', 'Tuesday', 'Sharon Graham: “We will not accept an offer that cuts the real pay of every worker…”'],
  ];
  for (const [text, cue, label] of EVENTS) {
    it(`${cue} → ${label}`, () => {
      const article = run(text, { lang: 'en', published: '2023-03-16' });
      const e = article.events.find((x) => x.cue == cue);
      expect(e?.label, seen(article)).to.equal(label);
    });
  }
});

describe('en: quotes, second pass', () => {
  it('a quotation after "concerning" or "entitled" is a title, not speech', () => {
    const article = run('The Senate took H.R.1424, a bill concerning "equity in the provision of mental health benefits," and extended it.', { lang: 'en' });
    expect(article.quotes, seen(article)).to.deep.equal([]);
  });

  it('a quotation after a word of the courts and "for" or "with" names an offence, not speech', () => {
    const article = run('The mayor was arrested on Monday and charged with "misuse of public funds and abuse of office".', { lang: 'en' });
    expect(article.quotes, seen(article)).to.deep.equal([]);
  });
});

describe('en: lines in another language', () => {
  it('reads no figure, date or name on a line in another language, and reads its translation', () => {
    const text = [
      'Blogger Rosa Quispe wrote on Monday:',
      'Ya no hay medicamentos en el hospital de Bagua, falta de sangre y muchas necesidades más, necesitan 300 donantes hoy mismo.',
      'There are no medicines left in the hospital, she wrote, and 300 donors are needed today.',
    ].join('\n\n');
    const article = run(text, { lang: 'en', published: '2009-06-10' });
    const translation = text.indexOf('There are');
    expect(article.figures.map((f) => f.span[0] >= translation), seen(article)).to.deep.equal([true]);
    expect(article.actors.map((a) => a.name), seen(article)).to.deep.equal(['Rosa Quispe']);
    expect(article.events.map((e) => e.date), seen(article)).to.include('2009-06-08');
  });
});

describe("en: a body's word alone", () => {
  it('reads "they" opening a sentence as the body the sentence before was about, and unnamed people as no one', () => {
    const body = run('The show was to be shown on TF1 in France. The channel released a statement after the accident. They said "We learn with immense sadness of the accident."', { lang: 'en' });
    expect(body.quotes.map((q) => speakerName(body, q.speaker)), seen(body)).to.deep.equal(['TF1']);
    const people = run('Villagers gathered at the school. The residents were angry. They said "We want answers now."', { lang: 'en' });
    expect(people.quotes.map((q) => speakerName(people, q.speaker)), seen(people)).to.deep.equal([null]);
  });
  it('reads a nationality, what a body deals with and its head as one body ("the German foreign ministry")', () => {
    const article = run('"It is wrong," the German foreign ministry said. "The talks will go on," said the Malaysian transport ministry in a statement.', { lang: 'en' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['German foreign ministry', 'Malaysian transport ministry']);
  });
  it('reads "Advisor" before a name as a title, not as part of the name', () => {
    const article = run('White House National Security Advisor Stephen Hadley said it was "a lot of distractions."', { lang: 'en' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Stephen Hadley']);
  });
  it('keeps a name whole where a given name stands past its first word, but not past a title of its own', () => {
    const article = run('"It went well," said Abdourahim Said Bakar, a government spokesman. "We are sure," said Ab Aziz Kaprawi.', { lang: 'en' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include.members(['Abdourahim Said Bakar', 'Ab Aziz Kaprawi']);
    expect(names, seen(article)).not.to.include.members(['Said Bakar']);
  });
  it('reads nationalities no ending gives as nationalities, not bodies; "Scottish Executive" stays a body', () => {
    const article = run('The English side had just 33% of possession. The Dutch government said it would appeal. The Scottish Executive said it had "no plans" to act.', { lang: 'en' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).not.to.include.members(['English']);
    expect(names, seen(article)).not.to.include.members(['Dutch']);
    expect(names, seen(article)).to.include('Scottish Executive');
  });
  it("keeps the letters after an apostrophe inside a name, not a possessive or a contraction", () => {
    const article = run("The Yemeni embassy in Sana'a confirmed it. Obama's aides said the attack failed. Ra'ad Haddad said he was \"deeply worried\".", { lang: 'en' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include("Ra'ad Haddad");
    expect(names.some((n) => n == 'Sana' || n.startsWith('Obama\'')), seen(article)).to.equal(false);
  });
  it('names no one where it heads no name and does not act; "Congress" names its body alone', () => {
    const article = run('The appeal went to the Court on Monday. Congress passed the bill after a long debate.', { lang: 'en' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).not.to.include('Court');
    expect(names, seen(article)).to.include('Congress');
  });
  it('reads "official" before a document as qualifying it: the body that spoke goes on to the quote after', () => {
    const article = run('In an official release from Amnesty International put out Friday, the organization said that the authorities were hiding the truth.\n\n"It is shocking that journalists are being detained. Rather than investigating, the authorities are sending a message."', { lang: 'en' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Amnesty International']);
  });
  it('reads a title of two capitalised words in apposition as the role of the name before it, who is the one speaking', () => {
    const article = run('Silvio Berlusconi, the Prime Minister of Italy, said it was "a great outcome." Australia pledged to stay. "He has paid the price," Julia Gillard, the Prime Minister, said.', { lang: 'en' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Silvio Berlusconi', 'Julia Gillard']);
    expect(article.actors.find((a) => a.name == 'Julia Gillard')?.role, seen(article)).to.equal('the Prime Minister');
  });
  it('reads a capitalised verb of saying inside a name ("the United States President") as the name\'s, not as a cue', () => {
    const article = run('Hugo Chavez spoke at the United Nations on Wednesday.\n\nHe warned Americans that "The devil is right at home.", apparently referring to the United States President George W. Bush.', { lang: 'en' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Hugo Chavez']);
  });
  it('gives a quote "read" by a document to whoever issued it: named after it, or named with the document before', () => {
    const warning = run('"Boats should return to shore," read a warning by the Joint Australian Tsunami Warning Center.', { lang: 'en' });
    expect(warning.quotes.map((q) => speakerName(warning, q.speaker)), seen(warning)).to.deep.equal(['Joint Australian Tsunami Warning Center']);
    const statement = run('In an official release from Amnesty International put out Friday, the organization criticised Iran.\n\n"It is shocking that journalists are being detained," read the statement.', { lang: 'en' });
    expect(statement.quotes.map((q) => speakerName(statement, q.speaker)), seen(statement)).to.deep.equal(['Amnesty International']);
  });
  it('reads "the pontiff" as the person just named, who goes on speaking through a participle', () => {
    const article = run('Pope Benedict XVI delivered his message at Saint Peter\'s Square. The pontiff remembered the war-torn regions, calling for the light of Christ to "shine forth and bring consolation to those who live in darkness".', { lang: 'en' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Benedict XVI']);
  });
  it('names no actor where a name\'s head word makes it a thing or a place, even a body\'s name named once', () => {
    const article = run('The Pope celebrated Midnight Mass. Crowds gathered at Horse Guards Parade and near Changi International Airport. The European Union sent aid.', { lang: 'en' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).not.to.include.members(['Midnight Mass']);
    expect(names, seen(article)).not.to.include.members(['Horse Guards Parade']);
    expect(names, seen(article)).not.to.include.members(['Changi International Airport']);
    expect(names, seen(article)).to.include('European Union');
  });
  it('reads a country alone on its line as a heading, not as a state that acts', () => {
    const article = run('World leaders gave Christmas messages on Thursday.\n\nAustralia\n\nPrime Minister Kevin Rudd said his thoughts were with "those serving overseas".\n\nThe Bahamas\n\nPrime Minister Hubert Ingraham said the year had been "difficult".', { lang: 'en' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include.members(['Kevin Rudd', 'Hubert Ingraham']);
    expect(names, seen(article)).not.to.include.members(['Australia']);
    expect(names, seen(article)).not.to.include.members(['Bahamas']);
  });
  it('keeps a nickname in marks between a given name and a surname inside the person\'s name', () => {
    const article = run('Surfers included Ramón Navarro, Grant "Twiggy" Baker and Greg Long. Baker said the conditions were "the best in years".', { lang: 'en' });
    const baker = article.actors.find((a) => a.aliases.includes('Baker'));
    expect(baker?.name, seen(article)).to.equal('Grant "Twiggy" Baker');
    expect(article.actors.map((a) => a.name), seen(article)).not.to.include.members(['Grant', 'Twiggy']);
  });
  it('reads newspapers by their titles\' words, two of them joined by "and" as two, and "the newspaper" as the one named', () => {
    const article = run('This triggered articles in the Daily Mail and Daily Mirror which attacked Zuma. The Sunday Telegraph reported on Sunday that plans existed. The newspaper also claims that preparations are active, stating, "Central Command planners are identifying targets."', { lang: 'en' });
    expect(article.actors.map((a) => a.name), seen(article)).to.include.members(['Daily Mail', 'Daily Mirror', 'Sunday Telegraph']);
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Sunday Telegraph']);
  });
  it('reads a compound surname\'s first word, before its particle, as the person named in full ("Lula")', () => {
    const article = run('Brazilian President Luiz Inácio Lula da Silva spoke at the forum on Sunday. Lula said the country had "changed for good".', { lang: 'en' });
    expect(article.actors.map((a) => a.name), seen(article)).to.deep.equal(['Luiz Inácio Lula da Silva']);
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Luiz Inácio Lula da Silva']);
  });
  it('reads what a minister or a secretary is "of" as the title\'s domain, not as someone', () => {
    const article = run('The Brazilian Minister of Agrarian Development, Miguel Rossetto, said the visit mattered. The Secretary of Homeland Security warned of delays.', { lang: 'en' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include('Miguel Rossetto');
    expect(names, seen(article)).not.to.include.members(['Agrarian Development']);
    expect(names, seen(article)).not.to.include.members(['Homeland Security']);
  });
  it('names no actor for an epithet in marks after a verb that names, nor for a tour or a final', () => {
    const article = run('The championship took place in Pichilemu, often called the "Capital of the Surf." The Big World Tour\'s next stop is Peru. Ramón Navarro won. The Lakers reached the NBA Finals.', { lang: 'en' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).not.to.include.members(['Capital of the Surf']);
    expect(names, seen(article)).not.to.include.members(['Big World Tour']);
    expect(names, seen(article)).not.to.include.members(['NBA Finals']);
  });
  it('leaves unnamed a correspondent of a medium, and a resident quoted as saying to a newspaper', () => {
    const article = run('A BBC correspondent said that "the best both sides can hope for is calm." "I\'ve never seen a jet flying so low over our island," one resident was quoted as saying to the newspaper Haveeru Daily.', { lang: 'en' });
    expect(article.quotes.map((q) => q.speaker ?? null), seen(article)).to.deep.equal([null, null]);
  });
  it('gives a quotation opening its sentence, attributed by a participle alone, to the person the sentence before was about', () => {
    const article = run('Prime Minister John Howard warned of the drought on Thursday. Mr Howard\'s comments concerned the Murray-Darling Basin, one of the largest river systems in Australia. "If it doesn\'t rain over the next six weeks, there will be no water allocations", adding that the drought could continue.', { lang: 'en' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['John Howard']);
  });
  it('keeps a continent after a body\'s word and "of", and "on" right after a body\'s word, inside the body\'s name', () => {
    const article = run('The Bank of America said it would appeal. The Council on American-Islamic Relations said it was "deeply concerned". Congress on Monday passed the bill.', { lang: 'en' });
    const names = article.actors.map((a) => a.name);
    expect(names, seen(article)).to.include.members(['Bank of America', 'Council on American-Islamic Relations', 'Congress']);
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Council on American-Islamic Relations']);
  });
  it('gives a quote "according to the report" to whoever the text said released the report', () => {
    const article = run('The report released without publicity on Wednesday by the Defense Science Board focuses on a failure of communication. According to the report, "The information campaign is an essential objective, because the larger goal is at stake."', { lang: 'en' });
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Defense Science Board']);
  });
  it("reads a decade written with an apostrophe for its century (\"the '80s\")", () => {
    const article = run("The Lakers won five titles in the '80s. They won again on Sunday.", { lang: 'en', published: '2010-05-30' });
    expect(article.events.map((e) => [e.date, e.cue]), seen(article)).to.deep.include(['198X', "'80s"]);
  });
  it('reads thousands grouped with a space in English copy as one number, never across a year', () => {
    const article = run('Lula spoke before over 15 000 activists on Sunday. In 2008 500 people died in the floods.', { lang: 'en' });
    expect(article.figures.map((f) => f.value), seen(article)).to.deep.equal([15000, 500]);
  });
});


describe('en: clauses joined by "but"', () => {
  it('takes the subject of the clause after ", but" as the speaker, not the subject of the clause before', () => {
    const article = en('White House officials have not yet raised the threat level, but an anonymous source at the Department of Homeland Security said the agency was maintaining a "heightened state of vigilance".');
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal([null]);
  });
  it('keeps the speaker before ", but also said", which has no subject of its own', () => {
    const article = en('General James L. Jones apologized for the loss of civilians, but also said that the Taliban is using them as "human shields."');
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['James L. Jones']);
  });
});

describe('en: a source noun qualified by a body', () => {
  it('reads "the government spokesman said" as the spokesman named before, not as unnamed people', () => {
    const article = en('"The operation started early," said Abdourahim Said Bakar, a government spokesman. Bacar seized the island in 2001. "We hope to have the problem resolved," the government spokesman said.');
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Abdourahim Said Bakar', 'Abdourahim Said Bakar']);
  });
});

describe('en: sentence openers before "\'s"', () => {
  it('reads "Yesterday\'s" and "Let\'s" as words, not names', () => {
    const article = en("Yesterday’s protest was not strong enough. Let’s re-cap how Wang Lijun fled.");
    expect(article.actors.map((a) => a.name), seen(article)).to.deep.equal(['Wang Lijun']);
  });
});

describe('en: nationalities of two words', () => {
  it('reads "A South Korean official said" as a nationality qualifying the source, not a body', () => {
    const article = en('Thousands of South Koreans held candlelight protests. A South Korean official said "it is under control".');
    expect(article.actors.filter((a) => a.confidence >= 0.5).map((a) => a.name), seen(article)).to.not.include('South Korean');
  });
});

describe('en: verbs that name', () => {
  it('reads "X refers to Y as "…"" as X\'s words, like "describes Y as"', () => {
    const article = en('Amnesty International refers to the imprisoned journalists as "prisoners of conscience."');
    expect(article.quotes.map((q) => [q.text, speakerName(article, q.speaker)]), seen(article)).to.deep.equal([['prisoners of conscience.', 'Amnesty International']]);
  });
});

describe('en: "was quoted by … as saying"', () => {
  it('keeps the subject of the passive as the speaker of every quotation the sentence holds', () => {
    const article = en('Artsvik Minasyan, an MP, posted bail. Minasyan was quoted by the local media as saying that the two brothers were "normal people," had acted "in the right way in the context of national ideology," and that one of the bar owners "destroys Armenian society."');
    expect(article.quotes.map((q) => speakerName(article, q.speaker)), seen(article)).to.deep.equal(['Artsvik Minasyan', 'Artsvik Minasyan', 'Artsvik Minasyan']);
  });
});

// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameData.h"

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QStringList split(QStringView words)
{
    QStringList out;
    for (QStringView w : words.split(u' ', Qt::SkipEmptyParts))
        out.append(w.toString());
    return out;
}

QSet<QString> toSet(QStringView words)
{
    const QStringList list = split(words);
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

const QSet<QString> &NameData::ambiguousNames()
{
    // English given names and surnames that are common words.
    static const QSet<QString> set = toSet(
        u"will may mark bill hope grace rose joy faith june april august summer dawn rob pat "
        u"sue art max frank jack jay ray drew guy don dean bob gene lane miles norm penny ruby "
        u"amber crystal ginger holly iris ivy jade olive pearl violet sunny chance hunter rich "
        u"sky storm sandy cash king young long brown white black green baker cook miller fisher "
        u"wood hill bell church love lee page price rice reed wade chase cole hunt rush stone "
        u"fox wolf bird nick sam gay rusty harmony melody destiny honey autumn river brook "
        u"cliff glen heath forest may bear buck colt dash ace star "
        // German given names and surnames that are common words.
        u"ernst heide rosa mai kai klein braun schwarz weiss weiß lang kurz jung groß gross "
        u"koch bauer richter weber fischer schneider müller vogel fuchs hahn winter "
        u"sommer könig kaiser krause frei engel horn busch berg stein blum blume bach "
        u"hase kraft wirth schmied hoch bart hell friede glück sonne mond "
        // Short forms that are words in many languages.
        u"al jo ed em di bo ali van von");
    return set;
}

const QSet<QString> &NameData::kinshipTerms()
{
    static const QSet<QString> set
        = toSet(u"mom mum mama mommy mummy mami mamma mother dad daddy papa papi pa ma father "
                u"mutti mutter vati vater oma opa omi opi grandma grandpa granny gran nana nan "
                u"baby babe bae honey love schatz schatzi liebling hase häschen süße süßer "
                u"bro sis brother sister bruder schwester bruderherz onkel tante uncle aunt auntie "
                u"cousin cousine boss chef doc doktor doctor neighbour neighbor nachbar nachbarin "
                u"me myself ich you du wife husband frau mann hubby wifey");
    return set;
}

const QList<QStringList> &NameData::diminutiveGroups()
{
    // Established hypocorisms (name-day calendars, naming dictionaries); each
    // short form is only listed under formal names it is widely used for.
    static const QList<QStringList> groups = [] {
        QList<QStringList> g;
        for (QStringView line : {
                 u"alexander alex sascha xander"_s,
                 u"alexandra alex alexa sascha"_s,
                 u"aleksandr sasha sascha alex"_s,
                 u"andreas andi andy"_s,
                 u"andrew andy"_s,
                 u"anna anni annie anny"_s,
                 u"barbara babs barbie"_s,
                 u"benjamin ben benny benji"_s,
                 u"christian chris"_s,
                 u"christopher chris topher"_s,
                 u"christina chris tina"_s,
                 u"christine chris tina"_s,
                 u"cornelia conny nele"_s,
                 u"daniel dani dan danny"_s,
                 u"daniela dani"_s,
                 u"david dave davey"_s,
                 u"dmitri dima"_s,
                 u"dorothea doro thea"_s,
                 u"edward ed eddie ted"_s,
                 u"elisabeth liz lizzy lizzie beth betty lisbeth elli sissi"_s,
                 u"elizabeth liz lizzy lizzie beth betty"_s,
                 u"florian flo"_s,
                 u"franziska franzi"_s,
                 u"friedrich fritz"_s,
                 u"gabriele gabi"_s,
                 u"gabriel gabe"_s,
                 u"jacqueline jacky"_s,
                 u"jennifer jenny jen"_s,
                 u"jessica jess jessie"_s,
                 u"johannes hannes"_s,
                 u"jonathan jon jonny"_s,
                 u"joseph joe joey"_s,
                 u"josef sepp jupp"_s,
                 u"katharina kathi kati katja"_s,
                 u"katherine kate katie kathy kat"_s,
                 u"catherine cathy kate katie"_s,
                 u"kathrin kathi kati"_s,
                 u"margaret maggie meg peggy"_s,
                 u"margarete grete gretchen"_s,
                 u"matthias matze matti"_s,
                 u"matthew matt matty"_s,
                 u"maximilian max maxi"_s,
                 u"michael micha mike mikey michi"_s,
                 u"nathaniel nate nat"_s,
                 u"nicholas nick nicky"_s,
                 u"nikolaus niko klaus"_s,
                 u"patrick pat paddy"_s,
                 u"peter pete"_s,
                 u"rebecca becky becca"_s,
                 u"richard rick ricky rich"_s,
                 u"robert rob robbie bob bobby"_s,
                 u"samuel sam sammy"_s,
                 u"sebastian basti bastian seb"_s,
                 u"stefanie steffi steph"_s,
                 u"stephanie steph steffi"_s,
                 u"steven steve stevie"_s,
                 u"stephen steve stevie"_s,
                 u"susanne susi"_s,
                 u"susan sue susie"_s,
                 u"theodor theo"_s,
                 u"theodore theo ted teddy"_s,
                 u"thomas tom tommy"_s,
                 u"tobias tobi"_s,
                 u"veronika vroni"_s,
                 u"victoria vicky tori"_s,
                 u"william will bill billy willy liam"_s,
                 u"wolfgang wolfi"_s,
                 u"francisco paco pancho"_s,
                 u"ekaterina katya katja"_s,
             }) {
            g.append(split(line));
        }
        return g;
    }();
    return groups;
}

const QStringList &NameData::pseudonymGivenNames()
{
    static const QStringList list = split(
        u"Lena Jonas Mira Felix Noah Clara Elias Maya Leon Sofia Jakob Ida Finn Nora Oskar Hanna "
        u"Emil Greta Liam Zoe Milan Alma Aaron Frida Luca Ella Anton Jule Levi Ronja Mats Luisa "
        u"Samir Leila Tarek Yara Omar Amira Kenji Aiko Ravi Priya Arjun Nina Mateo Lucia Diego "
        u"Carmen Pablo Elena Marco Giulia Tomas Zofia Piotr Olga Ivan Daria Erik Astrid Lars "
        u"Ingrid Sven Tove Kofi Amara Malik Nia Ethan Chloe Mason Harper Owen Caleb Julian Naomi "
        u"Adrian Selma Jasper Wilma Hugo Marta Bruno Vera Moritz Paula Janne Edda Quentin Elif "
        u"Deniz Can Aylin Ruben Ines Vincent Margot Linus Tilda Cyrus Soraya Nikolai Irina");
    return list;
}

const QStringList &NameData::pseudonymFamilyNames()
{
    static const QStringList list = split(
        u"Hartmann Keller Brandt Lorenz Vogt Berger Seidel Winkler Pohl Lindner Sauer Arnold "
        u"Haas Friedrich Kuhn Franke Dietrich Jansen Böhm Albrecht Möller Ziegler Brenner "
        u"Vasquez Moreno Rossi Bianchi Novak Kowalski Nowak Petrov Lindqvist Nilsson Andersen "
        u"Haugen Okafor Mensah Tanaka Sato Nguyen Tran Sharma Patel Khan Haddad Yilmaz Demir "
        u"Costa Silva Santos Dubois Laurent Moreau Fontaine Girard Walsh Doyle Murphy Quinn "
        u"Foster Hayes Porter Bennett Carter Turner Palmer Sutton Morgan Ramirez Herrera "
        u"Castillo Romano Greco Marino Horvat Kovac Varga Nagy Dvorak Svoboda Jensen Larsen "
        u"Eriksen Berglund Ahmadi Rahimi Suzuki Ito Park Chen Wang Iyer Reddy Mendes Ribeiro "
        u"Lefebvre Mercier Rousseau Brennan Gallagher Whitfield Ashford Langley");
    return list;
}

} // namespace idiolect

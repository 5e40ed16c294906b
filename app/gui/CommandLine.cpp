// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace idiolect {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Turn your Signal chat history into fine-tuning data that writes like you."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"path"_s,
                                 tr("A Signal export (folder or file) or an Idiolect "
                                    "project to open."),
                                 u"[EXPORT_OR_PROJECT]"_s);
    const QCommandLineOption demo(u"demo"_s, tr("Open the built-in demo export."));
    const QCommandLineOption scheme(
        u"color-scheme"_s, tr("Colour scheme for this run: system, light or dark."), u"scheme"_s);
    QCommandLineOption page(u"screenshot-page"_s, u"Page to show (screenshots)."_s, u"page"_s);
    page.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption shot(u"screenshot-file"_s, u"Grab the window into this PNG and quit."_s,
                            u"file"_s);
    shot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption settings(u"settings"_s, u"Use this INI file for the settings."_s, u"ini"_s);
    settings.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption stalls(u"stall-report"_s,
                              u"On exit, write timings and UI-thread stalls to this JSON file."_s,
                              u"file"_s);
    stalls.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, scheme, page, shot, settings, stalls});
    parser.process(arguments);

    CommandLine cl;
    cl.path = parser.positionalArguments().value(0);
    cl.demo = parser.isSet(demo);
    cl.colorScheme = parser.value(scheme).toLower();
    cl.screenshotPage = parser.value(page);
    cl.screenshotFile = parser.value(shot);
    cl.settingsFile = parser.value(settings);
    cl.stallReport = parser.value(stalls);
    return cl;
}

} // namespace idiolect

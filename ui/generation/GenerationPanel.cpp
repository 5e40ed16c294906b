// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationPanel.h"

#include "GenerationOptionsJson.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace idiolect {

GenerationPanel::GenerationPanel(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_noStrategy = new QLabel(tr("Turn on at least one kind of example."), this);
    m_noStrategy->setWordWrap(true);
    m_noStrategy->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_noStrategy);

    QFormLayout *f = addGroup(tr("Conversation windows"), Strategy::Conversational,
                              tr("Your reply with the messages just before it as context."));
    addInt(f, tr("Context size"),
           tr("How many earlier messages (from both sides) form the context of your reply."), 1, 50,
           tr(" messages"), [](GenerationOptions &o) -> int & { return o.windows.windowSize; });
    addInt(f, tr("Stride"),
           tr("Keep every n-th window of a chat. 1 keeps all; larger values give fewer, less "
              "overlapping examples."),
           1, 100, {}, [](GenerationOptions &o) -> int & { return o.windows.stride; });
    addInt(f, tr("Minimum messages"),
           tr("A window needs at least this many messages including your reply; shorter chats "
              "give no windows."),
           2, 50, {}, [](GenerationOptions &o) -> int & { return o.windows.minWindowMessages; });

    f = addGroup(tr("Bursts"), Strategy::Burst,
                 tr("How you split one thought over several quick messages."));
    addInt(f, tr("Burst gap"),
           tr("Your messages closer together than this count as one burst. Also used by the "
              "style analysis."),
           5, 3600, tr(" s"),
           [](GenerationOptions &o) -> int & { return o.burst.maxTimeBetweenMessagesSeconds; });
    addInt(f, tr("Smallest burst"), tr("Fewer messages in a row are not a burst."), 2, 50, {},
           [](GenerationOptions &o) -> int & { return o.burst.minBurstSize; });
    addInt(f, tr("Largest burst"), tr("Longer runs are cut into pieces of at most this size."), 2,
           100, {}, [](GenerationOptions &o) -> int & { return o.burst.maxBurstSize; });

    f = addGroup(tr("Partner-adapted replies"), Strategy::Adaptive,
                 tr("How you write differently to different people."));
    addDouble(f, tr("Style difference"),
              tr("Only partners whose message length differs from yours by at least this share "
                 "(0.5 = half) get adapted examples."),
              0.0, 1.0, 0.05,
              [](GenerationOptions &o) -> double & { return o.adaptive.minStyleDifference; });
    addInt(f, tr("Conversations needed"),
           tr("A partner needs at least this many conversations with you to judge their style."), 1,
           1000, {},
           [](GenerationOptions &o) -> int & { return o.adaptive.minConversationsPerPartner; });
    addDouble(f, tr("Adaptation level"),
              tr("Only partners you adapt to at least this much (0 = any, 1 = you write exactly "
                 "like them)."),
              0.0, 1.0, 0.05,
              [](GenerationOptions &o) -> double & { return o.adaptive.minAdaptationLevel; });

    f = addGroup(tr("Completions"), Strategy::Completion,
                 tr("Finish a message you started writing."));
    addInt(f, tr("Shortest message"), tr("Only messages at least this long are split."), 4, 2000,
           tr(" characters"), [](GenerationOptions &o) -> int & { return o.completion.minLength; });
    addDouble(f, tr("Split from"),
              tr("The split point lies between these shares of the message, at a word "
                 "boundary near the middle."),
              0.05, 0.95, 0.05,
              [](GenerationOptions &o) -> double & { return o.completion.minSplit; });
    addDouble(f, tr("Split to"), tr("See \u201cSplit from\u201d."), 0.05, 0.95, 0.05,
              [](GenerationOptions &o) -> double & { return o.completion.maxSplit; });

    f = addGroup(tr("Questions and answers"), Strategy::Qa,
                 tr("A partner's question and your answer."));
    addInt(f, tr("Answer within"), tr("Your answer must follow the question within this time."), 60,
           7 * 24 * 3600, tr(" s"),
           [](GenerationOptions &o) -> int & { return o.qa.maxAnswerDelaySeconds; });
    addInt(f, tr("Answer messages"),
           tr("How many of your consecutive quick messages form the answer."), 1, 20, {},
           [](GenerationOptions &o) -> int & { return o.qa.maxAnswerMessages; });

    f = addGroup(tr("Conversations (episodes)"));
    addInt(f, tr("Pause that ends one"),
           tr("A pause longer than this ends a conversation. The preview marks such pauses, and "
              "partner adaptation counts conversations."),
           1, 7 * 24 * 60, tr(" min"),
           [](GenerationOptions &o) -> int & { return o.episodes.timeGapMinutes; });
    addInt(f, tr("Shortest"), tr("Shorter conversations are ignored."), 1, 1000, tr(" messages"),
           [](GenerationOptions &o) -> int & { return o.episodes.minEpisodeLength; });
    addInt(f, tr("Longest"), tr("Longer conversations are split into parts of this size."), 2,
           10000, tr(" messages"),
           [](GenerationOptions &o) -> int & { return o.episodes.maxEpisodeLength; });

    addExamplesGroup();

    auto *reset = new QPushButton(tr("Reset to Defaults"), this);
    reset->setToolTip(tr("Restore every setting on this panel to its default"));
    connect(reset, &QPushButton::clicked, this, [this] {
        setOptions(defaults());
        emitChanged();
    });
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(reset);
    m_layout->addLayout(row);
    m_layout->addStretch();
    setOptions(defaults());
}

GenerationOptions GenerationPanel::defaults()
{
    return GenerationOptionsJson::fromJson({});
}

QFormLayout *GenerationPanel::addGroup(const QString &title)
{
    auto *group = new QGroupBox(title, this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_layout->addWidget(group);
    return form;
}

QFormLayout *GenerationPanel::addGroup(const QString &title, Strategy strategy, const QString &what)
{
    QFormLayout *form = addGroup(title);
    auto *group = qobject_cast<QGroupBox *>(form->parentWidget());
    group->setCheckable(true);
    group->setToolTip(what);
    auto *description = new QLabel(what, group);
    description->setWordWrap(true);
    description->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(description);
    m_strategyGroups.append({strategy, group});
    connect(group, &QGroupBox::toggled, this, &GenerationPanel::emitChanged);
    return form;
}

void GenerationPanel::addRow(QFormLayout *form, const QString &label, const QString &tip,
                             QWidget *field)
{
    field->setToolTip(tip);
    field->setAccessibleName(label);
    auto *l = new QLabel(label + QLatin1Char(':'), form->parentWidget());
    l->setToolTip(tip);
    l->setBuddy(field);
    form->addRow(l, field);
}

void GenerationPanel::addInt(QFormLayout *form, const QString &label, const QString &tip, int min,
                             int max, const QString &suffix,
                             std::function<int &(GenerationOptions &)> ref)
{
    auto *box = new QSpinBox(form->parentWidget());
    box->setRange(min, max);
    box->setSuffix(suffix);
    addRow(form, label, tip, box);
    connect(box, &QSpinBox::valueChanged, this, &GenerationPanel::emitChanged);
    m_ints.append({box, std::move(ref)});
}

void GenerationPanel::addDouble(QFormLayout *form, const QString &label, const QString &tip,
                                double min, double max, double step,
                                std::function<double &(GenerationOptions &)> ref)
{
    auto *box = new QDoubleSpinBox(form->parentWidget());
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setDecimals(2);
    addRow(form, label, tip, box);
    connect(box, &QDoubleSpinBox::valueChanged, this, &GenerationPanel::emitChanged);
    m_doubles.append({box, std::move(ref)});
}

void GenerationPanel::addBool(QFormLayout *form, const QString &label, const QString &tip,
                              std::function<bool &(GenerationOptions &)> ref)
{
    auto *box = new QCheckBox(label, form->parentWidget());
    box->setToolTip(tip);
    form->addRow(box);
    connect(box, &QCheckBox::toggled, this, &GenerationPanel::emitChanged);
    m_bools.append({box, std::move(ref)});
}

void GenerationPanel::addExamplesGroup()
{
    QFormLayout *f = addGroup(tr("All examples"));
    addInt(f, tr("Shortest message of yours"),
           tr("Your messages shorter than this are never a training target (they still appear "
              "as context)."),
           1, 1000, tr(" characters"),
           [](GenerationOptions &o) -> int & { return o.minMessageLength; });
    addBool(f, tr("Leave out blocked chats and people"),
            tr("Skip chats with people you blocked, and blocked members' messages in groups."),
            [](GenerationOptions &o) -> bool & { return o.filters.excludeBlocked; });
    addBool(f, tr("Show media as placeholders"),
            tr("Photos, voice notes and stickers appear in the context as [image], [voice] ..."),
            [](GenerationOptions &o) -> bool & { return o.includeMedia; });
    addBool(f, tr("Show calls and group changes"),
            tr("Calls and group updates appear in the context as placeholders."),
            [](GenerationOptions &o) -> bool & { return o.includeSystemMessages; });
    addBool(f, tr("Balance example types"),
            tr("Cap each kind of example at a multiple of the median kind, so one kind does not "
               "drown the others."),
            [](GenerationOptions &o) -> bool & { return o.balanceExamples; });
    addDouble(f, tr("Balance ratio"),
              tr("With balancing, no kind has more than this many times the median kind's "
                 "examples."),
              1.0, 100.0, 0.5, [](GenerationOptions &o) -> double & { return o.balanceMaxRatio; });

    m_limit = new QCheckBox(tr("At most"), f->parentWidget());
    m_limit->setToolTip(tr("Sample fairly across kinds and chats down to this many examples "
                           "(never just the first ones)."));
    m_maxExamples = new QSpinBox(f->parentWidget());
    m_maxExamples->setRange(1, 10'000'000);
    m_maxExamples->setValue(5000);
    m_maxExamples->setSuffix(tr(" examples"));
    m_maxExamples->setAccessibleName(tr("Maximum examples"));
    f->addRow(m_limit, m_maxExamples);
    connect(m_limit, &QCheckBox::toggled, this, &GenerationPanel::emitChanged);
    connect(m_maxExamples, &QSpinBox::valueChanged, this, &GenerationPanel::emitChanged);

    m_seed = new QSpinBox(f->parentWidget());
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("Sampling and shuffling depend only on this number: the same seed "
                          "gives the same dataset."));
    m_seed->setAccessibleName(tr("Seed"));
    auto *seedLabel = new QLabel(tr("Seed:"), f->parentWidget());
    seedLabel->setBuddy(m_seed);
    f->addRow(seedLabel, m_seed);
    connect(m_seed, &QSpinBox::valueChanged, this, &GenerationPanel::emitChanged);
}

QGroupBox *GenerationPanel::strategyGroup(Strategy strategy) const
{
    for (const auto &[s, group] : m_strategyGroups) {
        if (s == strategy)
            return group;
    }
    return nullptr;
}

void GenerationPanel::setOptions(const GenerationOptions &options)
{
    m_updating = true;
    m_base = options;
    GenerationOptions o = options;
    for (const IntField &f : std::as_const(m_ints))
        f.box->setValue(f.ref(o));
    for (const DoubleField &f : std::as_const(m_doubles))
        f.box->setValue(f.ref(o));
    for (const BoolField &f : std::as_const(m_bools))
        f.box->setChecked(f.ref(o));
    for (const auto &[strategy, group] : std::as_const(m_strategyGroups))
        group->setChecked(options.strategies.contains(strategy));
    m_limit->setChecked(options.maxExamples.has_value());
    if (options.maxExamples)
        m_maxExamples->setValue(
            int(std::min<qint64>(*options.maxExamples, m_maxExamples->maximum())));
    m_seed->setValue(int(std::min<quint64>(options.seed, quint64(m_seed->maximum()))));
    m_updating = false;
    updateEnabled();
}

GenerationOptions GenerationPanel::options() const
{
    GenerationOptions o = m_base;
    for (const IntField &f : m_ints)
        f.ref(o) = f.box->value();
    for (const DoubleField &f : m_doubles)
        f.ref(o) = f.box->value();
    for (const BoolField &f : m_bools)
        f.ref(o) = f.box->isChecked();
    o.strategies.clear();
    for (Strategy s : kAllStrategies) {
        if (QGroupBox *g = strategyGroup(s); g && g->isChecked())
            o.strategies.append(s);
    }
    o.maxExamples
        = m_limit->isChecked() ? std::optional<qint64>(m_maxExamples->value()) : std::nullopt;
    if (quint64(m_seed->value()) != std::min<quint64>(m_base.seed, quint64(m_seed->maximum())))
        o.seed = quint64(m_seed->value());
    if (o.completion.maxSplit < o.completion.minSplit)
        std::swap(o.completion.minSplit, o.completion.maxSplit);
    if (o.burst.maxBurstSize < o.burst.minBurstSize)
        o.burst.maxBurstSize = o.burst.minBurstSize;
    o.style.burstGapSeconds = o.burst.maxTimeBetweenMessagesSeconds;
    return o;
}

void GenerationPanel::updateEnabled()
{
    m_maxExamples->setEnabled(m_limit->isChecked());
    bool any = false;
    for (const auto &[strategy, group] : std::as_const(m_strategyGroups))
        any = any || group->isChecked();
    m_noStrategy->setVisible(!any);
}

void GenerationPanel::emitChanged()
{
    updateEnabled();
    if (m_updating)
        return;
    Q_EMIT changed(options());
}

} // namespace idiolect

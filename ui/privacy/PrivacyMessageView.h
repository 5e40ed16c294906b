// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace idiolect {

class TextLayer;
struct PrivacyFinding;
struct PrivacyResult;

/**
 * One message before and after anonymization, side by side. Every span found
 * in it is highlighted in its kind's colour in both texts; the selected
 * finding is also underlined. Dropped messages say why they are left out.
 */
class PrivacyMessageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyMessageView)

public:
    explicit PrivacyMessageView(QWidget *parent = nullptr);

    /**
     * Shows the message of @p selected (null clears the view); @p input is the
     * text the result was computed from (the original side).
     */
    void showFinding(const PrivacyResult *result, const TextLayer *input,
                     const PrivacyFinding *selected);
    /** Shows one text of a message, with no finding selected (e.g. after its hit was allowed). */
    void showMessage(const PrivacyResult *result, const TextLayer *input, quint32 message,
                     bool quote);

    [[nodiscard]] QString originalText() const;
    [[nodiscard]] QString anonymizedText() const;
    /** Text the user selected in the original (to add as a name). */
    [[nodiscard]] QString selectedOriginal() const;
    [[nodiscard]] QTextBrowser *originalView() const { return m_original; }

Q_SIGNALS:
    void originalSelectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const PrivacyResult *result, const TextLayer *input, quint32 message, bool quote,
              const PrivacyFinding *selected);

    const PrivacyResult *m_result = nullptr;
    const TextLayer *m_input = nullptr;
    const PrivacyFinding *m_selected = nullptr;
    quint32 m_message = 0;
    bool m_quote = false;
    QLabel *m_context;
    QTextBrowser *m_original;
    QTextBrowser *m_anonymized;
};

} // namespace idiolect

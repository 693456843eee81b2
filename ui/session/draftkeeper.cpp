// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftkeeper.h"

#include <QThreadPool>

namespace {

QThreadPool &writer()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // one thread: a draft's writes and its removal in order
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return *pool;
}

} // namespace

DraftKeeper::DraftKeeper(QString cataloguePath, QString id, std::function<std::optional<MeasureDraft::Typed>()> read, QObject *parent)
    : QObject(parent), m_path(std::move(cataloguePath)), m_id(std::move(id)), m_read(std::move(read))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    m_latest.setSingleShot(true);
    m_latest.setInterval(kLatestMs);
    connect(&m_pause, &QTimer::timeout, this, &DraftKeeper::write);
    connect(&m_latest, &QTimer::timeout, this, &DraftKeeper::write);
}

void DraftKeeper::changed()
{
    m_pause.start(); // restarted by each keystroke
    if (!m_latest.isActive())
        m_latest.start(); // not restarted: a long burst of typing is kept too
}

void DraftKeeper::write()
{
    m_pause.stop();
    m_latest.stop();
    const std::optional<MeasureDraft::Typed> typed = m_read();
    const QString path = m_path, id = m_id;
    if (!typed) { // back to what is saved: nothing to keep
        if (!m_written.isEmpty())
            writer().start([path, id] { MeasureDraft::discard(path, id); });
        m_written.clear();
        return;
    }
    MeasureDraft::Typed stamped = *typed;
    stamped.typedAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QByteArray content = MeasureDraft::encode(stamped);
    if (content == m_written)
        return; // nothing new typed (focus moved): the time it was kept stays the typing's
    m_written = content;
    stamped.typedAt = QDateTime::currentDateTimeUtc();
    const QByteArray encoded = MeasureDraft::encode(stamped);
    writer().start([path, id, encoded] { MeasureDraft::store(path, id, encoded); });
}

void DraftKeeper::keepNow()
{
    m_pause.stop();
    m_latest.stop();
    writer().waitForDone(); // an older write queued must not land after this one
    if (std::optional<MeasureDraft::Typed> typed = m_read()) {
        typed->typedAt = QDateTime::currentDateTimeUtc();
        MeasureDraft::keep(m_path, m_id, *typed);
    } else {
        MeasureDraft::discard(m_path, m_id); // nothing typed differs from what is saved
    }
}

void DraftKeeper::discard()
{
    m_pause.stop();
    m_latest.stop();
    writer().waitForDone(); // a write still queued must not bring it back
    MeasureDraft::discard(m_path, m_id);
    m_written.clear();
}

void DraftKeeper::waitForWrites() { writer().waitForDone(); }

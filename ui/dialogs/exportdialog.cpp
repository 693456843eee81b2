// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "catalogue/catalogue.h"
#include "session/appsettings.h"
#include "session/uilanguage.h"
#include "widgets/filedialogs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>

#include "xlsx/xlsxexporter.h"
#include <QVBoxLayout>

ExportDialog::ExportDialog(const Catalogue &catalogue, const Vocabulary &vocabulary, const MeasureFilter &filter,
                           const MeasureSort &sort, const QList<MeasureField> &columns, int rows, QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue), m_vocabulary(vocabulary), m_filter(filter), m_sort(sort), m_columns(columns),
      m_rows(rows)
{
    setObjectName(QStringLiteral("exportDialog"));
    // Two groups of choices: radio buttons of one parent would otherwise act as one group.
    m_workbook = new QRadioButton(this);
    m_workbook->setObjectName(QStringLiteral("workbookFormat"));
    m_excel = new QRadioButton(this);
    m_excel->setObjectName(QStringLiteral("excelFormat"));
    m_standard = new QRadioButton(this);
    m_standard->setObjectName(QStringLiteral("standardFormat"));
    m_formats = new QButtonGroup(this);
    m_formats->addButton(m_workbook);
    m_formats->addButton(m_excel);
    m_formats->addButton(m_standard);
    m_workbook->setChecked(true);
    m_language = new QComboBox(this);
    for (const Language language : Language::all())
        m_language->addItem(language.name(), language.code());
    m_language->setCurrentIndex(int(Language::all().indexOf(UiLanguage::instance().current())));
    m_labels = new QRadioButton(this);
    m_labels->setObjectName(QStringLiteral("labelsHeader"));
    m_keys = new QRadioButton(this);
    m_keys->setObjectName(QStringLiteral("keysHeader"));
    m_headers = new QButtonGroup(this);
    m_headers->addButton(m_labels);
    m_headers->addButton(m_keys);
    m_labels->setChecked(true);
    m_identifier = new QCheckBox(this);
    m_identifier->setObjectName(QStringLiteral("identifierBox"));
    m_identifier->setChecked(!columns.contains(MeasureField::Uuid));
    m_identifier->setVisible(!columns.contains(MeasureField::Uuid));
    m_codes = new QCheckBox(this);
    m_guard = new QCheckBox(this);
    m_guard->setChecked(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *format = new QVBoxLayout;
    format->addWidget(m_workbook);
    format->addWidget(m_excel);
    format->addWidget(m_standard);
    m_formatTitle = new QLabel(this);
    form->addRow(m_formatTitle, format);
    m_languageTitle = new QLabel(this);
    form->addRow(m_languageTitle, m_language);
    auto *header = new QVBoxLayout;
    header->addWidget(m_labels);
    header->addWidget(m_keys);
    m_headerTitle = new QLabel(this);
    form->addRow(m_headerTitle, header);
    form->addRow(QString(), m_identifier);
    form->addRow(QString(), m_codes);
    form->addRow(QString(), m_guard);

    // A workbook asks none of CSV's questions: its headers are names, its values labels, and its
    // texts are never formulas.
    const auto followFormat = [this] {
        const bool csv = !m_workbook->isChecked();
        for (QWidget *csvOnly : std::initializer_list<QWidget *>{m_keys, m_codes, m_guard})
            csvOnly->setEnabled(csv);
        if (!csv)
            m_labels->setChecked(true);
    };
    connect(m_formats, &QButtonGroup::buttonToggled, this, followFormat);
    followFormat();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslate();
    m_exportButton->setFocus();
}

CsvOptions ExportDialog::options() const
{
    const Language language = Language::byCode(m_language->currentData().toString());
    CsvOptions options = m_excel->isChecked() ? CsvOptions::excel(language) : CsvOptions::standard(language);
    options.header = m_keys->isChecked() ? CsvOptions::Header::Keys : CsvOptions::Header::Labels;
    options.codes = m_codes->isChecked();
    options.formulaGuard = m_guard->isChecked();
    options.columns = m_columns;
    if (m_identifier->isChecked() && !options.columns.contains(MeasureField::Uuid))
        options.columns.prepend(MeasureField::Uuid);
    return options;
}

bool ExportDialog::writesWorkbook() const { return m_workbook->isChecked(); }

CsvExporter::Result ExportDialog::exportTo(const QString &path)
{
    QProgressDialog progress(tr("Exporting measures…"), tr("Cancel"), 0, qMax(1, m_rows), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto step = [&](qint64 done, qint64) {
        progress.setValue(int(done));
        return !progress.wasCanceled();
    };
    CsvExporter::Result result =
        writesWorkbook()
            ? XlsxExporter(m_catalogue, m_vocabulary, UiLanguage::instance().current()).writeFile(path, m_filter, m_sort, options(), step)
            : CsvExporter(m_catalogue, m_vocabulary, UiLanguage::instance().current()).writeFile(path, m_filter, m_sort, options(), step);
    progress.reset();
    return result;
}

void ExportDialog::chooseFileAndExport()
{
    // Beside the catalogue, named after it, until the analyst chooses a folder of their own.
    const QFileInfo catalogue(m_catalogue.path());
    const QString suffix = writesWorkbook() ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const QString suggested = QDir(AppSettings::lastExportFolder(catalogue.absolutePath())).filePath(catalogue.completeBaseName() + suffix);
    QString path = FileDialogs::saveFile(this, tr("Export the View"), suggested,
                                         writesWorkbook() ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    AppSettings::setLastExportFolder(QFileInfo(path).absolutePath());
    const CsvExporter::Result result = exportTo(path);
    if (result.cancelled)
        return; // nothing was written; the dialog stays for another try
    if (!result.ok) {
        QMessageBox::warning(this, tr("Export failed"), result.error);
        return;
    }
    accept();
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export the View"));
    m_formatTitle->setText(tr("Format:"));
    m_workbook->setText(tr("Excel workbook (.xlsx: numbers as numbers, header frozen with filters)"));
    m_excel->setText(tr("CSV for Excel (UTF-8 with BOM; “;” and decimal commas in Spanish and French)"));
    m_standard->setText(tr("Standard CSV (UTF-8, “,”, for LibreOffice and other programs)"));
    m_languageTitle->setText(tr("Language of headers and values:"));
    m_language->setAccessibleName(tr("Language of headers and values")); // a box is otherwise named by its value
    m_headerTitle->setText(tr("Column headers:"));
    m_labels->setText(tr("Column names, for reading"));
    m_keys->setText(tr("Stable keys, for importing again"));
    m_identifier->setText(tr("Include the identifier column, so that the file can be imported again as changes"));
    m_identifier->setToolTip(tr("Without it, importing the edited file adds every row as a new measure."));
    m_codes->setText(tr("Write codes instead of labels (e.g. “music” instead of “Music”)"));
    m_guard->setText(tr("Protect against formulas (cells starting with = + - @ get a leading ')"));
    m_guard->setToolTip(tr("Spreadsheets run cells that start with these characters as formulas. Keep this on "
                           "unless you know the file will not be opened in a spreadsheet."));
    m_summary->setText(tr("The export holds exactly the current view: %Ln measure(s), in the table's order, with its "
                          "%1 visible columns.", nullptr, m_rows).arg(m_columns.size()));
    m_exportButton->setText(tr("Export…"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

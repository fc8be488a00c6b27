package fi.valvonta.web.ui.intake;

import fi.valvonta.ejb.intake.PublicComplaintService;
import fi.valvonta.ejb.intake.PublicComplaintSettings;
import fi.valvonta.ejb.intake.PublicReceipt;
import fi.valvonta.ejb.intake.SubmitComplaint;
import fi.valvonta.ejb.intake.SubmittedFile;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.complaint.Complainant;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.Language;
import fi.valvonta.web.ui.platform.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public complaint form ({@code /kantelu}), for anyone without signing in: the complaint, its files and the
 * sender, sent to the public e-service; then the receipt with the case number and the private status link, in
 * place of the form. A refusal (a rule, the client's quota) is shown on its field or the page by the UI's one
 * error path; the form keeps what was entered.
 */
@Named
@ViewScoped
public class PublicComplaintBean implements Serializable {

    @Inject
    transient PublicComplaintService service;

    @Inject
    LocaleBean locale;

    @Inject
    transient java.time.Clock clock;

    private List<SupervisedEntityRef> entities;

    @NotNull
    private Long entityId;
    @NotNull
    private LocalDate conductFrom;
    private LocalDate conductTo;
    @NotBlank
    @Size(max = Complaint.DESCRIPTION_LENGTH)
    private String description;
    /** An array, so JSF converts the checked values to the enum. */
    @NotEmpty
    private Theme[] themes = new Theme[0];
    @Size(max = Complaint.OFFICIAL_LENGTH)
    private String officialName;
    private boolean anonymous;
    @Size(max = Complainant.NAME_LENGTH)
    private String name;
    @Email
    @Size(max = Complainant.EMAIL_LENGTH)
    private String email;
    @Size(max = Complainant.PHONE_LENGTH)
    private String phone;
    @Size(max = Complainant.ADDRESS_LENGTH)
    private String address;
    @NotNull
    private Language proceedingsLanguage;
    /** The trap field: hidden from people, so only a machine fills it. */
    private String homepage;
    private transient UploadedFiles files;

    private PublicReceipt receipt;
    private String statusUrl;

    @PostConstruct
    void init() {
        entities = service.entities();
        proceedingsLanguage = "sv".equals(locale.getLanguage()) ? Language.SV : Language.FI;
    }

    /** Sends the complaint once: a repeated post of the same page (a reload) shows the same receipt. */
    public void submit() {
        if (receipt != null) {
            return;
        }
        List<SubmittedFile> sent = new ArrayList<>();
        if (files != null) {
            for (UploadedFile f : files.getFiles()) {
                if (f.getSize() > 0) {
                    sent.add(new SubmittedFile(f.getFileName(), f.getContent()));
                }
            }
        }
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        receipt = service.submit(new SubmitComplaint(entityId, conductFrom, conductTo, description, Set.of(themes),
                officialName, anonymous, name, email, phone, address, proceedingsLanguage,
                Language.valueOf(locale.getLanguage().toUpperCase(Locale.ROOT)), homepage), sent, request.getRemoteAddr(), AuditChannel.UI);
        String base = request.getRequestURL().toString();
        statusUrl = base.substring(0, base.indexOf(request.getRequestURI())) + request.getContextPath()
                + PublicComplaintSettings.STATUS_VIEW + "?t=" + receipt.statusToken();
    }

    /** The entities by name in the page's language (Swedish name where there is one). */
    public List<SupervisedEntityRef> getEntities() {
        Collator collator = Collator.getInstance(locale.getLocale());
        return entities.stream().sorted(Comparator.comparing(this::entityName, collator)).toList();
    }

    public String entityName(SupervisedEntityRef e) {
        return "sv".equals(locale.getLanguage()) && e.nameSv() != null ? e.nameSv() : e.nameFi();
    }

    /** The last day a date of the conduct may be (the datepicker offers no later one). */
    public LocalDate getToday() { return LocalDate.now(clock); }
    public Theme[] getThemeValues() { return Theme.values(); }
    public List<Language> getProceedingsLanguages() { return List.of(Language.FI, Language.SV); }
    public int getDocumentsMax() { return service.documentsMax(); }
    public long getRetentionDays() { return service.retentionAfterClose().toDays(); }
    public long getDocumentLimitMegabytes() { return service.documentLimit() / (1024 * 1024); }
    public PublicReceipt getReceipt() { return receipt; }
    public String getStatusUrl() { return statusUrl; }

    public Long getEntityId() { return entityId; }
    public void setEntityId(Long v) { entityId = v; }
    public LocalDate getConductFrom() { return conductFrom; }
    public void setConductFrom(LocalDate v) { conductFrom = v; }
    public LocalDate getConductTo() { return conductTo; }
    public void setConductTo(LocalDate v) { conductTo = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Theme[] getThemes() { return themes; }
    public void setThemes(Theme[] v) { themes = v == null ? new Theme[0] : v; }
    public String getOfficialName() { return officialName; }
    public void setOfficialName(String v) { officialName = v; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean v) { anonymous = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public Language getProceedingsLanguage() { return proceedingsLanguage; }
    public void setProceedingsLanguage(Language v) { proceedingsLanguage = v; }
    public String getHomepage() { return homepage; }
    public void setHomepage(String v) { homepage = v; }
    public UploadedFiles getFiles() { return files; }
    public void setFiles(UploadedFiles v) { files = v; }
}

package fi.valvonta.web.ui.complaint;

import fi.valvonta.ejb.complaint.ComplaintRegistrationService;
import fi.valvonta.ejb.complaint.RegisterComplaint;
import fi.valvonta.ejb.complaint.Registration;
import fi.valvonta.ejb.complaint.ScreeningPreview;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.Complainant;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.SamiLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The registration form of a complaint, with intake screening shown before and after saving. The
 * dates of receipt are judged by the model (received by today, conduct not after receipt), as for the
 * API; a refusal is shown on its field by the UI's one error path.
 */
@Named
@ViewScoped
public class ComplaintRegistrationBean implements Serializable {

    @Inject
    transient ComplaintRegistrationService registration;

    @Inject
    transient RegistryService registry;

    @Inject
    transient java.time.Clock clock;

    private List<SupervisedEntityRef> entities;

    @NotNull
    private LocalDate receivedDate;
    @NotNull
    private Channel channel = Channel.EMAIL;
    private boolean anonymous;
    @Size(max = Complainant.NAME_LENGTH)
    private String name;
    @Size(max = Complainant.EMAIL_LENGTH)
    private String email;
    @Size(max = Complainant.PHONE_LENGTH)
    private String phone;
    @Size(max = Complainant.ADDRESS_LENGTH)
    private String address;
    @NotNull
    private Language complainantLanguage = Language.FI;
    @Size(max = Complainant.NAME_LENGTH)
    private String representativeName;
    private boolean powerOfAttorney;
    @NotNull
    private Long entityId;
    @Size(max = Complaint.OFFICIAL_LENGTH)
    private String officialName;
    @NotNull
    private LocalDate conductFrom;
    private LocalDate conductTo;
    @NotBlank
    @Size(max = Complaint.DESCRIPTION_LENGTH)
    private String description;
    /** An array, so JSF converts the checked values to the enum. */
    @NotEmpty
    private Theme[] themes = new Theme[0];
    private boolean teOfficeMatter;
    @Size(max = Complaint.REASON_LENGTH)
    private String specialReason;
    /** Null: derived from the complainant's language and the municipality. */
    private Language proceedingsLanguage;
    private boolean maskIdentityNumbers;
    /** Saamen kielilaki 1086/2003: the complainant's Sámi language, if any. */
    private SamiLanguage samiLanguage;
    /** HL 53 a § 2 mom: who consented to an oral complaint. */
    @Size(max = Complaint.OFFICIAL_LENGTH)
    private String oralConsentBy;

    private ScreeningPreview preview;

    @PostConstruct
    void init() {
        receivedDate = LocalDate.now(clock);
        entities = registry.supervisedEntities();
    }

    private RegisterComplaint command() {
        return new RegisterComplaint(receivedDate, channel,
                new RegisterComplaint.ComplainantInput(anonymous, name, email, phone, address, complainantLanguage,
                        representativeName, powerOfAttorney, samiLanguage),
                entityId, officialName, conductFrom, conductTo, description, Set.of(themes),
                teOfficeMatter, specialReason, proceedingsLanguage, maskIdentityNumbers, oralConsentBy);
    }

    /** Screens the complaint as entered, without registering it. */
    public void check() {
        preview = null; // a refused check shows no earlier screening
        preview = registration.preview(command());
        if (preview.findings().isEmpty()) {
            Messages.addGlobalInfo("complaint.screening.clean");
        }
    }

    /** Registers the complaint and opens its case page, with the case number in a message. */
    public void register() {
        Registration r = registration.register(command(), null);
        Messages.addFlashGlobalInfo("complaint.registered", r.complaint().caseNumber());
        Faces.redirect("complaints/complaint.xhtml?id=%s", r.complaint().id());
    }

    public Channel[] getChannels() { return Channel.values(); }
    public SamiLanguage[] getSamiLanguages() { return SamiLanguage.values(); }
    public SamiLanguage getSamiLanguage() { return samiLanguage; }
    public void setSamiLanguage(SamiLanguage v) { samiLanguage = v; }
    public String getOralConsentBy() { return oralConsentBy; }
    public void setOralConsentBy(String v) { oralConsentBy = v; }
    public Theme[] getThemeValues() { return Theme.values(); }
    public List<Language> getComplainantLanguages() { return List.of(Language.FI, Language.SV, Language.SE, Language.EN, Language.OTHER); }
    public List<Language> getProceedingsLanguages() { return List.of(Language.FI, Language.SV); }
    public List<SupervisedEntityRef> getEntities() { return entities; }
    public ScreeningPreview getPreview() { return preview; }

    public LocalDate getReceivedDate() { return receivedDate; }
    public void setReceivedDate(LocalDate v) { receivedDate = v; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel v) { channel = v; }
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
    public Language getComplainantLanguage() { return complainantLanguage; }
    public void setComplainantLanguage(Language v) { complainantLanguage = v; }
    public String getRepresentativeName() { return representativeName; }
    public void setRepresentativeName(String v) { representativeName = v; }
    public boolean isPowerOfAttorney() { return powerOfAttorney; }
    public void setPowerOfAttorney(boolean v) { powerOfAttorney = v; }
    public Long getEntityId() { return entityId; }
    public void setEntityId(Long v) { entityId = v; }
    public String getOfficialName() { return officialName; }
    public void setOfficialName(String v) { officialName = v; }
    public LocalDate getConductFrom() { return conductFrom; }
    public void setConductFrom(LocalDate v) { conductFrom = v; }
    public LocalDate getConductTo() { return conductTo; }
    public void setConductTo(LocalDate v) { conductTo = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Theme[] getThemes() { return themes; }
    public void setThemes(Theme[] v) { themes = v == null ? new Theme[0] : v; }
    public boolean isTeOfficeMatter() { return teOfficeMatter; }
    public void setTeOfficeMatter(boolean v) { teOfficeMatter = v; }
    public String getSpecialReason() { return specialReason; }
    public void setSpecialReason(String v) { specialReason = v; }
    public Language getProceedingsLanguage() { return proceedingsLanguage; }
    public void setProceedingsLanguage(Language v) { proceedingsLanguage = v; }
    public boolean isMaskIdentityNumbers() { return maskIdentityNumbers; }
    public void setMaskIdentityNumbers(boolean v) { maskIdentityNumbers = v; }
}

package fi.valvonta.model.registry;

/** How an employment authority is organised (laki 380/2023 8–10 §). */
public enum EmploymentAreaModel {
    /** Vastuukuntamalli: a lead municipality arranges the services for the area. */
    LEAD_MUNICIPALITY,
    /** A single municipality large enough to be its own employment area. */
    SINGLE_MUNICIPALITY,
    /** Kuntayhtymä: a joint municipal authority. */
    JOINT_AUTHORITY
}

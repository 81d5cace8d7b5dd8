
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import {useStateContext} from "$/utils/context-registry"
import {Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Popover as RadixThemesPopover,SegmentedControl as RadixThemesSegmentedControl,Select as RadixThemesSelect,Strong as RadixThemesStrong,Text as RadixThemesText,TextArea as RadixThemesTextArea} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideShoppingCart from "lucide-react/dist/esm/icons/shopping-cart.mjs"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideArrowLeft from "lucide-react/dist/esm/icons/arrow-left.mjs"
import LucideThumbsUp from "lucide-react/dist/esm/icons/thumbs-up.mjs"
import LucideFlag from "lucide-react/dist/esm/icons/flag.mjs"
import LucideReply from "lucide-react/dist/esm/icons/reply.mjs"
import LucideCornerDownRight from "lucide-react/dist/esm/icons/corner-down-right.mjs"
import LucideEye from "lucide-react/dist/esm/icons/eye.mjs"
import LucideEyeOff from "lucide-react/dist/esm/icons/eye-off.mjs"
import LucideCheck from "lucide-react/dist/esm/icons/check.mjs"








export const Form_root_a02590c83a6eceaacbb70e0e487926b4_8473207d = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_8473207d = memo(({children, ...rest}) => {
    
    const handleSubmit_ae2895155b0feff46710148dcda197ff = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___layout____search_box_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ae2895155b0feff46710148dcda197ff }))},children)
    )
});
Form_root_a02590c83a6eceaacbb70e0e487926b4_8473207d.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_8473207d;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_8473207d.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_8473207d;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_8473207d = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_8473207d = memo(({children, ...rest}) => {
    const ref_nav_cart = useRef(null); refs["ref_nav_cart"] = ref_nav_cart;

                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.refresh_count", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
const ref_cart_count = useRef(null); refs["ref_cart_count"] = ref_cart_count;
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":"Cart", asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"nav-cart", ref:ref_nav_cart }))},jsx(ReactRouterLink,{to:"/cart"},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "flex", ["padding"] : "4px" })},jsx(LucideShoppingCart,{css:({ ["color"] : "var(--gray-12)" }),size:22},),jsx(Fragment,{},((reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{css:({ ["position"] : "absolute", ["top"] : "-8px", ["right"] : "-10px" }),id:"cart-count",radius:"full",ref:ref_cart_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_))):(jsx(Fragment,{},)))))))
    )
});
Link_link_bc007e1d4013bba9d25a5892594eaf02_8473207d.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_8473207d;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_8473207d.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_8473207d;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_8473207d = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_8473207d = memo(({children, ...rest}) => {
    
                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.connect", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const ref_notification_bell = useRef(null); refs["ref_notification_bell"] = ref_notification_bell;
const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
const ref_notification_count = useRef(null); refs["ref_notification_count"] = ref_notification_count;
    return(
        jsx(RadixThemesPopover.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "inline-flex" })},jsx(RadixThemesIconButton,{"aria-label":"Notifications",color:"gray",css:({ ["padding"] : "6px" }),id:"notification-bell",ref:ref_notification_bell,size:"2",variant:"ghost"},jsx(LucideBell,{size:24},)),jsx(Fragment,{},((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",css:({ ["position"] : "absolute", ["top"] : "-4px", ["right"] : "-6px", ["pointerEvents"] : "none" }),id:"notification-count",radius:"full",ref:ref_notification_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___notifications___state____notification_bell_state.badge_rx_state_))):(jsx(Fragment,{},))))))
    )
});
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_8473207d.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_8473207d;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_8473207d = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_8473207d = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_8473207d.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_8473207d;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_8473207d.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_8473207d;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_8473207d = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_8473207d.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_8473207d;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_8473207d.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_8473207d;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_8473207d = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_8473207d = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_8473207d.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_8473207d;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_8473207d.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_8473207d;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_8473207d = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_8473207d = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_8473207d.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_8473207d;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_8473207d = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_8473207d = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_8473207d.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_8473207d;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_8473207d = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_8473207d = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_8473207d.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_8473207d;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_8473207d = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_8473207d = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_8473207d.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_8473207d;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_8473207d = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_8473207d = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_8473207d.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_8473207d;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_8473207d.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_8473207d;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_8473207d = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_8473207d = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_8473207d.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_8473207d;
})();

export const Link_link_81b05b71840038b2c6864bd130759abb_8473207d = /*#__PURE__*/ (() => {
const Link_link_81b05b71840038b2c6864bd130759abb_8473207d = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___reviews___state____course_reviews_page_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____course_reviews_page_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___reviews___state____course_reviews_page_state.course_href_rx_state_},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3"},jsx(LucideArrowLeft,{size:14},),jsx(RadixThemesText,{as:"p"},"Back to the course"))))
    )
});
Link_link_81b05b71840038b2c6864bd130759abb_8473207d.displayName = "Link";
return Link_link_81b05b71840038b2c6864bd130759abb_8473207d;
})();

export const Bare_comp_992dca3a84b2562cfbf64ca4fa1db5f8_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_992dca3a84b2562cfbf64ca4fa1db5f8_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____course_reviews_page_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____course_reviews_page_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____course_reviews_page_state.course_title_rx_state_
    )
});
Bare_comp_992dca3a84b2562cfbf64ca4fa1db5f8_8473207d.displayName = "Bare";
return Bare_comp_992dca3a84b2562cfbf64ca4fa1db5f8_8473207d;
})();

export const Bare_comp_54e1a4234ff1054547b4a3c3f3f048c1_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_54e1a4234ff1054547b4a3c3f3f048c1_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.average_label_rx_state_
    )
});
Bare_comp_54e1a4234ff1054547b4a3c3f3f048c1_8473207d.displayName = "Bare";
return Bare_comp_54e1a4234ff1054547b4a3c3f3f048c1_8473207d;
})();

export const Text_text_1ddc6424ed9fc9041ec882e590b5eea9_8473207d = /*#__PURE__*/ (() => {
const Text_text_1ddc6424ed9fc9041ec882e590b5eea9_8473207d = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"span", css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : reflex___state____state__udemy_clone___reviews___state____reviews_state.average_stars_rx_state_, ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" }) }))},children)
    )
});
Text_text_1ddc6424ed9fc9041ec882e590b5eea9_8473207d.displayName = "Text";
return Text_text_1ddc6424ed9fc9041ec882e590b5eea9_8473207d;
})();

export const Bare_comp_a86b7168f595f1fdf5a677477f3d2eb9_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_a86b7168f595f1fdf5a677477f3d2eb9_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.count_label_rx_state_
    )
});
Bare_comp_a86b7168f595f1fdf5a677477f3d2eb9_8473207d.displayName = "Bare";
return Bare_comp_a86b7168f595f1fdf5a677477f3d2eb9_8473207d;
})();

export const Foreach_comp_8a413799a9c18783a2381df484057b4c_8473207d = /*#__PURE__*/ (() => {
const Foreach_comp_8a413799a9c18783a2381df484057b4c_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
const ref_rating_bar_reflex_Var_6223044128237693763_reflex_Var_bar_rx_state__star_ = useRef(null); refs["ref_rating_bar_reflex_Var_6223044128237693763_reflex_Var_bar_rx_state__star_"] = ref_rating_bar_reflex_Var_6223044128237693763_reflex_Var_bar_rx_state__star_;
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___reviews___state____reviews_state.bars_rx_state_ ?? [],((bar_rx_state_,index_abe2eb5e9fc4b804e9bc608c7caecdaa)=>(jsx("button",{"aria-label":("Show only "+bar_rx_state_?.["star"]+"-star reviews"),"aria-pressed":((reflex___state____state__udemy_clone___reviews___state____reviews_state.star_filter_rx_state_?.valueOf?.() === bar_rx_state_?.["star"]?.valueOf?.()) ? "true" : "false"),css:({ ["all"] : "unset", ["cursor"] : "pointer", ["width"] : "100%", ["padding"] : "2px 6px", ["borderRadius"] : "6px", ["boxSizing"] : "border-box", ["background"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.star_filter_rx_state_?.valueOf?.() === bar_rx_state_?.["star"]?.valueOf?.()) ? "var(--violet-a3)" : "transparent"), ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }) }),key:index_abe2eb5e9fc4b804e9bc608c7caecdaa,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.toggle_star_filter", ({ ["star"] : bar_rx_state_?.["star"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["flex"] : "1", ["height"] : "8px", ["background"] : "var(--gray-a4)", ["borderRadius"] : "4px", ["overflow"] : "hidden", ["minWidth"] : "80px" })},jsx(RadixThemesBox,{css:({ ["height"] : "100%", ["width"] : bar_rx_state_?.["percent"], ["background"] : "var(--amber-9)", ["borderRadius"] : "4px" })},)),jsx(RadixThemesBox,{"aria-hidden":"true",css:({ ["position"] : "relative", ["display"] : "inline-block", ["fontSize"] : "13px", ["lineHeight"] : "1", ["letterSpacing"] : "1px" })},jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--gray-a6)" })},"\u2605\u2605\u2605\u2605\u2605"),jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : ((bar_rx_state_?.["star"] * 20)+"%"), ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" })},"\u2605\u2605\u2605\u2605\u2605")),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)", ["width"] : "3em", ["textAlign"] : "right" }),size:"1"},bar_rx_state_?.["percent"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)", ["width"] : "4.5em" }),id:("rating-bar-"+bar_rx_state_?.["star"]),ref:ref_rating_bar_reflex_Var_6223044128237693763_reflex_Var_bar_rx_state__star_,size:"1"},"(",bar_rx_state_?.["count"],")"))))))
    )
});
Foreach_comp_8a413799a9c18783a2381df484057b4c_8473207d.displayName = "Foreach";
return Foreach_comp_8a413799a9c18783a2381df484057b4c_8473207d;
})();

export const Bare_comp_69b42a5df2693fb92bb55b0096a86d43_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_69b42a5df2693fb92bb55b0096a86d43_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.notice_rx_state_
    )
});
Bare_comp_69b42a5df2693fb92bb55b0096a86d43_8473207d.displayName = "Bare";
return Bare_comp_69b42a5df2693fb92bb55b0096a86d43_8473207d;
})();

export const Cond_comp_3aee9b197603e2ccf0411cdfc5fc868a_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_3aee9b197603e2ccf0411cdfc5fc868a_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____reviews_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3aee9b197603e2ccf0411cdfc5fc868a_8473207d.displayName = "Cond";
return Cond_comp_3aee9b197603e2ccf0411cdfc5fc868a_8473207d;
})();

export const Bare_comp_34ce41f21d10fe4bf7ad80c7c82a835b_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_34ce41f21d10fe4bf7ad80c7c82a835b_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.error_rx_state_
    )
});
Bare_comp_34ce41f21d10fe4bf7ad80c7c82a835b_8473207d.displayName = "Bare";
return Bare_comp_34ce41f21d10fe4bf7ad80c7c82a835b_8473207d;
})();

export const Cond_comp_392f7d4b6660e90c6b21cd22e568bbe5_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_392f7d4b6660e90c6b21cd22e568bbe5_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____reviews_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_392f7d4b6660e90c6b21cd22e568bbe5_8473207d.displayName = "Cond";
return Cond_comp_392f7d4b6660e90c6b21cd22e568bbe5_8473207d;
})();

export const Text_text_9246b174a9c84edaa1027c943232d54c_8473207d = /*#__PURE__*/ (() => {
const Text_text_9246b174a9c84edaa1027c943232d54c_8473207d = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"span", css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : reflex___state____state__udemy_clone___reviews___state____reviews_state.mine_rx_state_?.["stars"], ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" }) }))},children)
    )
});
Text_text_9246b174a9c84edaa1027c943232d54c_8473207d.displayName = "Text";
return Text_text_9246b174a9c84edaa1027c943232d54c_8473207d;
})();

export const Button_button_9da048b0832b6f3d0a04b5a4aa95f4b7_8473207d = /*#__PURE__*/ (() => {
const Button_button_9da048b0832b6f3d0a04b5a4aa95f4b7_8473207d = memo(({children, ...rest}) => {
    const ref_edit_my_review = useRef(null); refs["ref_edit_my_review"] = ref_edit_my_review;
const on_click_01bce371023c58b8ded3268fc556d08e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.open_review_dialog", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"edit-my-review", onClick:on_click_01bce371023c58b8ded3268fc556d08e, ref:ref_edit_my_review, size:"1", variant:"soft" }))},children)
    )
});
Button_button_9da048b0832b6f3d0a04b5a4aa95f4b7_8473207d.displayName = "Button";
return Button_button_9da048b0832b6f3d0a04b5a4aa95f4b7_8473207d;
})();

export const Button_button_22cbd6bf8285c883a5b7e8be6c51880e_8473207d = /*#__PURE__*/ (() => {
const Button_button_22cbd6bf8285c883a5b7e8be6c51880e_8473207d = memo(({children, ...rest}) => {
    const ref_confirm_delete_review = useRef(null); refs["ref_confirm_delete_review"] = ref_confirm_delete_review;
const on_click_f2ce57789f440173596e4259c6d1cec4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.delete_my_review", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", id:"confirm-delete-review", onClick:on_click_f2ce57789f440173596e4259c6d1cec4, ref:ref_confirm_delete_review }))},children)
    )
});
Button_button_22cbd6bf8285c883a5b7e8be6c51880e_8473207d.displayName = "Button";
return Button_button_22cbd6bf8285c883a5b7e8be6c51880e_8473207d;
})();

export const Bare_comp_65416241397ec7f4581b102f6766e29f_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_65416241397ec7f4581b102f6766e29f_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.mine_rx_state_?.["hidden_reason"]
    )
});
Bare_comp_65416241397ec7f4581b102f6766e29f_8473207d.displayName = "Bare";
return Bare_comp_65416241397ec7f4581b102f6766e29f_8473207d;
})();

export const Cond_comp_d9f8f2c787ca993fbed7087ef6640b60_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_d9f8f2c787ca993fbed7087ef6640b60_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.mine_rx_state_?.["hidden"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d9f8f2c787ca993fbed7087ef6640b60_8473207d.displayName = "Cond";
return Cond_comp_d9f8f2c787ca993fbed7087ef6640b60_8473207d;
})();

export const Bare_comp_973e3fb3e154f73d1cfe62d582d935f7_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_973e3fb3e154f73d1cfe62d582d935f7_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.mine_rx_state_?.["comment"]
    )
});
Bare_comp_973e3fb3e154f73d1cfe62d582d935f7_8473207d.displayName = "Bare";
return Bare_comp_973e3fb3e154f73d1cfe62d582d935f7_8473207d;
})();

export const Button_button_332e1ee57928cd79ad3f690485d11245_8473207d = /*#__PURE__*/ (() => {
const Button_button_332e1ee57928cd79ad3f690485d11245_8473207d = memo(({children, ...rest}) => {
    const ref_leave_rating = useRef(null); refs["ref_leave_rating"] = ref_leave_rating;
const on_click_01bce371023c58b8ded3268fc556d08e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.open_review_dialog", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"leave-rating", onClick:on_click_01bce371023c58b8ded3268fc556d08e, ref:ref_leave_rating, size:"3" }))},children)
    )
});
Button_button_332e1ee57928cd79ad3f690485d11245_8473207d.displayName = "Button";
return Button_button_332e1ee57928cd79ad3f690485d11245_8473207d;
})();

export const Cond_comp_341dd14657375cc751993bc8dbd703b9_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_341dd14657375cc751993bc8dbd703b9_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.can_review_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_341dd14657375cc751993bc8dbd703b9_8473207d.displayName = "Cond";
return Cond_comp_341dd14657375cc751993bc8dbd703b9_8473207d;
})();

export const Cond_comp_319146f631ab846aa8d4542055034858_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_319146f631ab846aa8d4542055034858_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.has_mine_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_319146f631ab846aa8d4542055034858_8473207d.displayName = "Cond";
return Cond_comp_319146f631ab846aa8d4542055034858_8473207d;
})();

export const Bare_comp_7e3912f69a56a305a065a331574f022c_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_7e3912f69a56a305a065a331574f022c_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.total_label_rx_state_
    )
});
Bare_comp_7e3912f69a56a305a065a331574f022c_8473207d.displayName = "Bare";
return Bare_comp_7e3912f69a56a305a065a331574f022c_8473207d;
})();

export const Button_button_7ae1bf5fcecface9f99d8c99802df50f_8473207d = /*#__PURE__*/ (() => {
const Button_button_7ae1bf5fcecface9f99d8c99802df50f_8473207d = memo(({children, ...rest}) => {
    const ref_clear_star_filter = useRef(null); refs["ref_clear_star_filter"] = ref_clear_star_filter;
const on_click_7e75750d7c86e5a16d4280c6d2d4b0e4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.toggle_star_filter", ({ ["star"] : 0 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"clear-star-filter", onClick:on_click_7e75750d7c86e5a16d4280c6d2d4b0e4, ref:ref_clear_star_filter, size:"1", variant:"soft" }))},children)
    )
});
Button_button_7ae1bf5fcecface9f99d8c99802df50f_8473207d.displayName = "Button";
return Button_button_7ae1bf5fcecface9f99d8c99802df50f_8473207d;
})();

export const Cond_comp_5bcbf67a3db9ce43787f1d69832b8e50_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_5bcbf67a3db9ce43787f1d69832b8e50_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        ((reflex___state____state__udemy_clone___reviews___state____reviews_state.star_filter_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bcbf67a3db9ce43787f1d69832b8e50_8473207d.displayName = "Cond";
return Cond_comp_5bcbf67a3db9ce43787f1d69832b8e50_8473207d;
})();

export const Selectroot_select__root_3cb67e1db2e682f277afb76907defee3_8473207d = /*#__PURE__*/ (() => {
const Selectroot_select__root_3cb67e1db2e682f277afb76907defee3_8473207d = memo(({children, ...rest}) => {
    const on_change_4ae8d196f8c70fad6e1d5be7d347f223 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.set_sort", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_4ae8d196f8c70fad6e1d5be7d347f223, size:"2", value:reflex___state____state__udemy_clone___reviews___state____reviews_state.sort_rx_state_ }))},children)
    )
});
Selectroot_select__root_3cb67e1db2e682f277afb76907defee3_8473207d.displayName = "SelectRoot";
return Selectroot_select__root_3cb67e1db2e682f277afb76907defee3_8473207d;
})();

export const Foreach_comp_742be0a5d5664a0694061d1dbf2ac1a3_8473207d = /*#__PURE__*/ (() => {
const Foreach_comp_742be0a5d5664a0694061d1dbf2ac1a3_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
const ref_review_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_review_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_"] = ref_review_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_;
const ref_helpful_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_helpful_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_"] = ref_helpful_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_;
const ref_report_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_report_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_"] = ref_report_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_;
const ref_helpful_count_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_helpful_count_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_"] = ref_helpful_count_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_;
const ref_reply_button_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_reply_button_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_"] = ref_reply_button_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_;
const ref_reply_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_reply_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_"] = ref_reply_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_;
const ref_reply_text_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_reply_text_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_"] = ref_reply_text_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_;
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___reviews___state____reviews_state.reviews_rx_state_ ?? [],((row_rx_state_,index_a03c4c25cdffad4841bb68b27100f08d)=>(jsx(RadixThemesBox,{className:"review-card",css:({ ["padding"] : "1rem 0", ["borderBottom"] : "1px solid var(--gray-a4)", ["width"] : "100%" }),id:("review-"+row_rx_state_?.["id"]),key:index_a03c4c25cdffad4841bb68b27100f08d,ref:ref_review_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesAvatar,{color:"violet",fallback:row_rx_state_?.["initials"],radius:"full",size:"3"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",className:"review-author",size:"2",weight:"bold"},row_rx_state_?.["author"]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2",wrap:"wrap"},jsx(RadixThemesBox,{"aria-hidden":"true",css:({ ["position"] : "relative", ["display"] : "inline-block", ["fontSize"] : "13px", ["lineHeight"] : "1", ["letterSpacing"] : "1px" })},jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--gray-a6)" })},"\u2605\u2605\u2605\u2605\u2605"),jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : row_rx_state_?.["stars"], ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" })},"\u2605\u2605\u2605\u2605\u2605")),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},row_rx_state_?.["date"]),jsx(Fragment,{},(row_rx_state_?.["edited"]?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},"(edited)"))):(jsx(Fragment,{},)))),jsx(RadixThemesBadge,{color:"gray",size:"1",variant:"soft"},row_rx_state_?.["progress_label"])))),jsx(RadixThemesText,{as:"p",className:"review-comment",css:({ ["overflowWrap"] : "anywhere", ["whiteSpace"] : "pre-wrap", ["marginTop"] : "0.6rem" }),size:"2"},row_rx_state_?.["comment"]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["marginTop"] : "0.6rem" }),direction:"row",gap:"3",wrap:"wrap"},jsx(Fragment,{},(row_rx_state_?.["is_mine"]?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},"Your review"))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesButton,{"aria-pressed":(row_rx_state_?.["voted_helpful"] ? "true" : "false"),id:("helpful-"+row_rx_state_?.["id"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.toggle_helpful", ({ ["review_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),ref:ref_helpful_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_,size:"1",variant:(row_rx_state_?.["voted_helpful"] ? "solid" : "outline")},jsx(LucideThumbsUp,{size:14},),"Helpful"),jsx(RadixThemesButton,{color:"gray",id:("report-"+row_rx_state_?.["id"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.open_report", ({ ["review_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),ref:ref_report_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_,size:"1",variant:"ghost"},jsx(LucideFlag,{size:14},),"Report")))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),id:("helpful-count-"+row_rx_state_?.["id"]),ref:ref_helpful_count_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_,size:"1"},row_rx_state_?.["helpful_count"]," found this helpful"),jsx(Fragment,{},(reflex___state____state__udemy_clone___reviews___state____reviews_state.is_course_instructor_rx_state_?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesButton,{id:("reply-button-"+row_rx_state_?.["id"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.open_reply", ({ ["review_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),ref:ref_reply_button_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_,size:"1",variant:"ghost"},jsx(LucideReply,{size:14},),(row_rx_state_?.["has_reply"] ? "Edit reply" : "Reply")),jsx(Fragment,{},(row_rx_state_?.["has_reply"]?(jsx(Fragment,{},jsx(RadixThemesButton,{color:"red",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.remove_reply", ({ ["review_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"ghost"},"Remove reply"))):(jsx(Fragment,{},))))))):(jsx(Fragment,{},))))),jsx(Fragment,{},(row_rx_state_?.["has_reply"]?(jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["marginTop"] : "0.75rem", ["padding"] : "0.75rem 1rem", ["background"] : "var(--gray-a2)", ["borderLeft"] : "3px solid var(--violet-7)", ["borderRadius"] : "0 8px 8px 0" }),id:("reply-"+row_rx_state_?.["id"]),ref:ref_reply_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideCornerDownRight,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",size:"2"},"Response from ",jsx(RadixThemesStrong,{},row_rx_state_?.["reply_author"])),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},row_rx_state_?.["reply_date"])),jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "pre-wrap", ["marginTop"] : "0.35rem" }),id:("reply-text-"+row_rx_state_?.["id"]),ref:ref_reply_text_reflex_Var_8695194536888065004_reflex_Var_row_rx_state__id_,size:"2"},row_rx_state_?.["reply_body"])))):(jsx(Fragment,{},))))))))
    )
});
Foreach_comp_742be0a5d5664a0694061d1dbf2ac1a3_8473207d.displayName = "Foreach";
return Foreach_comp_742be0a5d5664a0694061d1dbf2ac1a3_8473207d;
})();

export const Bare_comp_7f010b6363c7609f61ad4e960f7c2787_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_7f010b6363c7609f61ad4e960f7c2787_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        ((reflex___state____state__udemy_clone___reviews___state____reviews_state.star_filter_rx_state_ > 0) ? "No reviews with this rating yet." : "No written reviews yet.")
    )
});
Bare_comp_7f010b6363c7609f61ad4e960f7c2787_8473207d.displayName = "Bare";
return Bare_comp_7f010b6363c7609f61ad4e960f7c2787_8473207d;
})();

export const Cond_comp_7b8adf4f26b8fcefd9519f0893064bb6_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_7b8adf4f26b8fcefd9519f0893064bb6_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        ((reflex___state____state__udemy_clone___reviews___state____reviews_state.reviews_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7b8adf4f26b8fcefd9519f0893064bb6_8473207d.displayName = "Cond";
return Cond_comp_7b8adf4f26b8fcefd9519f0893064bb6_8473207d;
})();

export const Button_button_05cab7fb31efa4efc4227273c3159b5b_8473207d = /*#__PURE__*/ (() => {
const Button_button_05cab7fb31efa4efc4227273c3159b5b_8473207d = memo(({children, ...rest}) => {
    const ref_reviews_prev = useRef(null); refs["ref_reviews_prev"] = ref_reviews_prev;
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
const on_click_d6e532596b1d4735cc1d2a932b25a622 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.go_to_page", ({ ["page"] : (reflex___state____state__udemy_clone___reviews___state____reviews_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___reviews___state____reviews_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__udemy_clone___reviews___state____reviews_state.page_rx_state_ <= 1), id:"reviews-prev", onClick:on_click_d6e532596b1d4735cc1d2a932b25a622, ref:ref_reviews_prev, size:"2", variant:"soft" }))},children)
    )
});
Button_button_05cab7fb31efa4efc4227273c3159b5b_8473207d.displayName = "Button";
return Button_button_05cab7fb31efa4efc4227273c3159b5b_8473207d;
})();

export const Bare_comp_052f62feab4f9bd6061c8cb6e58c2eb3_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_052f62feab4f9bd6061c8cb6e58c2eb3_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.page_rx_state_
    )
});
Bare_comp_052f62feab4f9bd6061c8cb6e58c2eb3_8473207d.displayName = "Bare";
return Bare_comp_052f62feab4f9bd6061c8cb6e58c2eb3_8473207d;
})();

export const Bare_comp_26401573ee2d730b027fc1daba880427_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_26401573ee2d730b027fc1daba880427_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.page_count_rx_state_
    )
});
Bare_comp_26401573ee2d730b027fc1daba880427_8473207d.displayName = "Bare";
return Bare_comp_26401573ee2d730b027fc1daba880427_8473207d;
})();

export const Button_button_fc72aacafdc025767cc686869c1c642b_8473207d = /*#__PURE__*/ (() => {
const Button_button_fc72aacafdc025767cc686869c1c642b_8473207d = memo(({children, ...rest}) => {
    const ref_reviews_next = useRef(null); refs["ref_reviews_next"] = ref_reviews_next;
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
const on_click_fe11155f3985b29847f0e119d4e41754 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.go_to_page", ({ ["page"] : (reflex___state____state__udemy_clone___reviews___state____reviews_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___reviews___state____reviews_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__udemy_clone___reviews___state____reviews_state.page_rx_state_ >= reflex___state____state__udemy_clone___reviews___state____reviews_state.page_count_rx_state_), id:"reviews-next", onClick:on_click_fe11155f3985b29847f0e119d4e41754, ref:ref_reviews_next, size:"2", variant:"soft" }))},children)
    )
});
Button_button_fc72aacafdc025767cc686869c1c642b_8473207d.displayName = "Button";
return Button_button_fc72aacafdc025767cc686869c1c642b_8473207d;
})();

export const Cond_comp_7320e37bec8aefba4cf44765c096518e_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_7320e37bec8aefba4cf44765c096518e_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        ((reflex___state____state__udemy_clone___reviews___state____reviews_state.page_count_rx_state_ > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7320e37bec8aefba4cf44765c096518e_8473207d.displayName = "Cond";
return Cond_comp_7320e37bec8aefba4cf44765c096518e_8473207d;
})();

export const Bare_comp_cfa732e6a01cbe30fa9f946a2837d358_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_cfa732e6a01cbe30fa9f946a2837d358_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.has_mine_rx_state_ ? "Edit your review" : "Leave a rating")
    )
});
Bare_comp_cfa732e6a01cbe30fa9f946a2837d358_8473207d.displayName = "Bare";
return Bare_comp_cfa732e6a01cbe30fa9f946a2837d358_8473207d;
})();

export const Button_button_b540324d77c3902f897aff513eb8b4db_8473207d = /*#__PURE__*/ (() => {
const Button_button_b540324d77c3902f897aff513eb8b4db_8473207d = memo(({children, ...rest}) => {
    const ref_star_pick_1 = useRef(null); refs["ref_star_pick_1"] = ref_star_pick_1;
const on_click_b61dc53e04282001de32877ff681bf02 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.pick_rating", ({ ["star"] : 1 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-label":"1 star", css:({ ["all"] : "unset", ["cursor"] : "pointer", ["fontSize"] : "34px", ["lineHeight"] : "1", ["padding"] : "0 2px", ["color"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_rx_state_ >= 1) ? "var(--amber-9)" : "var(--gray-a6)") }), id:"star-pick-1", onClick:on_click_b61dc53e04282001de32877ff681bf02, ref:ref_star_pick_1, type:"button" }))},children)
    )
});
Button_button_b540324d77c3902f897aff513eb8b4db_8473207d.displayName = "Button";
return Button_button_b540324d77c3902f897aff513eb8b4db_8473207d;
})();

export const Button_button_5526d2a022c39935defe8fb041ce5c73_8473207d = /*#__PURE__*/ (() => {
const Button_button_5526d2a022c39935defe8fb041ce5c73_8473207d = memo(({children, ...rest}) => {
    const ref_star_pick_2 = useRef(null); refs["ref_star_pick_2"] = ref_star_pick_2;
const on_click_a19f90a3ee578534cd18b975e7af6eb2 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.pick_rating", ({ ["star"] : 2 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-label":"2 stars", css:({ ["all"] : "unset", ["cursor"] : "pointer", ["fontSize"] : "34px", ["lineHeight"] : "1", ["padding"] : "0 2px", ["color"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_rx_state_ >= 2) ? "var(--amber-9)" : "var(--gray-a6)") }), id:"star-pick-2", onClick:on_click_a19f90a3ee578534cd18b975e7af6eb2, ref:ref_star_pick_2, type:"button" }))},children)
    )
});
Button_button_5526d2a022c39935defe8fb041ce5c73_8473207d.displayName = "Button";
return Button_button_5526d2a022c39935defe8fb041ce5c73_8473207d;
})();

export const Button_button_cd65ca9c3e8b24ce9cda9c20fd82ccd4_8473207d = /*#__PURE__*/ (() => {
const Button_button_cd65ca9c3e8b24ce9cda9c20fd82ccd4_8473207d = memo(({children, ...rest}) => {
    const ref_star_pick_3 = useRef(null); refs["ref_star_pick_3"] = ref_star_pick_3;
const on_click_fdca8caa52f9aab1e9146d2afcee97da = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.pick_rating", ({ ["star"] : 3 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-label":"3 stars", css:({ ["all"] : "unset", ["cursor"] : "pointer", ["fontSize"] : "34px", ["lineHeight"] : "1", ["padding"] : "0 2px", ["color"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_rx_state_ >= 3) ? "var(--amber-9)" : "var(--gray-a6)") }), id:"star-pick-3", onClick:on_click_fdca8caa52f9aab1e9146d2afcee97da, ref:ref_star_pick_3, type:"button" }))},children)
    )
});
Button_button_cd65ca9c3e8b24ce9cda9c20fd82ccd4_8473207d.displayName = "Button";
return Button_button_cd65ca9c3e8b24ce9cda9c20fd82ccd4_8473207d;
})();

export const Button_button_dd3034ec1fcd56bdb494f1962c8f338c_8473207d = /*#__PURE__*/ (() => {
const Button_button_dd3034ec1fcd56bdb494f1962c8f338c_8473207d = memo(({children, ...rest}) => {
    const ref_star_pick_4 = useRef(null); refs["ref_star_pick_4"] = ref_star_pick_4;
const on_click_9c52b625164abeb2b01b1e26c487ff59 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.pick_rating", ({ ["star"] : 4 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-label":"4 stars", css:({ ["all"] : "unset", ["cursor"] : "pointer", ["fontSize"] : "34px", ["lineHeight"] : "1", ["padding"] : "0 2px", ["color"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_rx_state_ >= 4) ? "var(--amber-9)" : "var(--gray-a6)") }), id:"star-pick-4", onClick:on_click_9c52b625164abeb2b01b1e26c487ff59, ref:ref_star_pick_4, type:"button" }))},children)
    )
});
Button_button_dd3034ec1fcd56bdb494f1962c8f338c_8473207d.displayName = "Button";
return Button_button_dd3034ec1fcd56bdb494f1962c8f338c_8473207d;
})();

export const Button_button_395ea495cbe6fc92860bf3f699da2e9a_8473207d = /*#__PURE__*/ (() => {
const Button_button_395ea495cbe6fc92860bf3f699da2e9a_8473207d = memo(({children, ...rest}) => {
    const ref_star_pick_5 = useRef(null); refs["ref_star_pick_5"] = ref_star_pick_5;
const on_click_d8a870b01a7d8159eaea0aff9a28c730 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.pick_rating", ({ ["star"] : 5 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-label":"5 stars", css:({ ["all"] : "unset", ["cursor"] : "pointer", ["fontSize"] : "34px", ["lineHeight"] : "1", ["padding"] : "0 2px", ["color"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_rx_state_ >= 5) ? "var(--amber-9)" : "var(--gray-a6)") }), id:"star-pick-5", onClick:on_click_d8a870b01a7d8159eaea0aff9a28c730, ref:ref_star_pick_5, type:"button" }))},children)
    )
});
Button_button_395ea495cbe6fc92860bf3f699da2e9a_8473207d.displayName = "Button";
return Button_button_395ea495cbe6fc92860bf3f699da2e9a_8473207d;
})();

export const Bare_comp_08341df1fd70acbe509a11d8a585eccc_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_08341df1fd70acbe509a11d8a585eccc_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_label_rx_state_
    )
});
Bare_comp_08341df1fd70acbe509a11d8a585eccc_8473207d.displayName = "Bare";
return Bare_comp_08341df1fd70acbe509a11d8a585eccc_8473207d;
})();

export const Textarea_textarea_76897351c7d941efa11692c0524fdc5b_8473207d = /*#__PURE__*/ (() => {
const Textarea_textarea_76897351c7d941efa11692c0524fdc5b_8473207d = memo(({children, ...rest}) => {
    const ref_review_comment = useRef(null); refs["ref_review_comment"] = ref_review_comment;
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_comment_rx_state_, id:"review-comment", maxLength:5000, name:"comment", placeholder:"What did you like? What could be better?", ref:ref_review_comment, required:true, rows:"6" }))},)
    )
});
Textarea_textarea_76897351c7d941efa11692c0524fdc5b_8473207d.displayName = "TextArea";
return Textarea_textarea_76897351c7d941efa11692c0524fdc5b_8473207d;
})();

export const Bare_comp_fab755bdf11e0af9b7e78d4495cc401e_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_fab755bdf11e0af9b7e78d4495cc401e_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.form_error_rx_state_
    )
});
Bare_comp_fab755bdf11e0af9b7e78d4495cc401e_8473207d.displayName = "Bare";
return Bare_comp_fab755bdf11e0af9b7e78d4495cc401e_8473207d;
})();

export const Cond_comp_1238775fc6c0acdc6564f0d5ff01ff9a_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_1238775fc6c0acdc6564f0d5ff01ff9a_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____reviews_state.form_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1238775fc6c0acdc6564f0d5ff01ff9a_8473207d.displayName = "Cond";
return Cond_comp_1238775fc6c0acdc6564f0d5ff01ff9a_8473207d;
})();

export const Bare_comp_2ab2426afea42cfc07bfcf5f48c2a4df_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_2ab2426afea42cfc07bfcf5f48c2a4df_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.has_mine_rx_state_ ? "Save changes" : "Post review")
    )
});
Bare_comp_2ab2426afea42cfc07bfcf5f48c2a4df_8473207d.displayName = "Bare";
return Bare_comp_2ab2426afea42cfc07bfcf5f48c2a4df_8473207d;
})();

export const Form_root_033c807e74fc41fee22707d2fd420129_8473207d = /*#__PURE__*/ (() => {
const Form_root_033c807e74fc41fee22707d2fd420129_8473207d = memo(({children, ...rest}) => {
    
    const handleSubmit_22ce2402f77a6aca0f7ba798f5205abe = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["review_comment"] : getRefValue(refs["ref_review_comment"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.submit_review", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_22ce2402f77a6aca0f7ba798f5205abe }))},children)
    )
});
Form_root_033c807e74fc41fee22707d2fd420129_8473207d.displayName = "Form";
return Form_root_033c807e74fc41fee22707d2fd420129_8473207d;
})();

export const Dialogroot_dialog__root_fc795df78f03bee9e3342965b434f62f_8473207d = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_fc795df78f03bee9e3342965b434f62f_8473207d = memo(({children, ...rest}) => {
    const on_open_change_2b317b11e8218a707999716d88ddd969 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.set_dialog_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_2b317b11e8218a707999716d88ddd969, open:reflex___state____state__udemy_clone___reviews___state____reviews_state.dialog_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_fc795df78f03bee9e3342965b434f62f_8473207d.displayName = "DialogRoot";
return Dialogroot_dialog__root_fc795df78f03bee9e3342965b434f62f_8473207d;
})();

export const Textarea_textarea_f33f7c0727847c4ed74f81146eaa4981_8473207d = /*#__PURE__*/ (() => {
const Textarea_textarea_f33f7c0727847c4ed74f81146eaa4981_8473207d = memo(({children, ...rest}) => {
    const ref_reply_input = useRef(null); refs["ref_reply_input"] = ref_reply_input;
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:reflex___state____state__udemy_clone___reviews___state____reviews_state.reply_draft_rx_state_, id:"reply-input", maxLength:5000, name:"body", ref:ref_reply_input, required:true, rows:"5" }))},)
    )
});
Textarea_textarea_f33f7c0727847c4ed74f81146eaa4981_8473207d.displayName = "TextArea";
return Textarea_textarea_f33f7c0727847c4ed74f81146eaa4981_8473207d;
})();

export const Bare_comp_4728c1f776f74df50e1fc05b299f8fba_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_4728c1f776f74df50e1fc05b299f8fba_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.reply_error_rx_state_
    )
});
Bare_comp_4728c1f776f74df50e1fc05b299f8fba_8473207d.displayName = "Bare";
return Bare_comp_4728c1f776f74df50e1fc05b299f8fba_8473207d;
})();

export const Cond_comp_dac7ca908052a71889bdc4344fdd92b8_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_dac7ca908052a71889bdc4344fdd92b8_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____reviews_state.reply_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_dac7ca908052a71889bdc4344fdd92b8_8473207d.displayName = "Cond";
return Cond_comp_dac7ca908052a71889bdc4344fdd92b8_8473207d;
})();

export const Form_root_8afde8b57b1ee386b73cefc399fc9630_8473207d = /*#__PURE__*/ (() => {
const Form_root_8afde8b57b1ee386b73cefc399fc9630_8473207d = memo(({children, ...rest}) => {
    
    const handleSubmit_9180f8ca4bb2b1d0481058a4c3e34bcf = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["reply_input"] : getRefValue(refs["ref_reply_input"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.submit_reply", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_9180f8ca4bb2b1d0481058a4c3e34bcf }))},children)
    )
});
Form_root_8afde8b57b1ee386b73cefc399fc9630_8473207d.displayName = "Form";
return Form_root_8afde8b57b1ee386b73cefc399fc9630_8473207d;
})();

export const Dialogroot_dialog__root_2660e354ac8174e7043615417a5da573_8473207d = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_2660e354ac8174e7043615417a5da573_8473207d = memo(({children, ...rest}) => {
    const on_open_change_3ac2e45944cd9274212ee4dcd06da201 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.set_reply_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_3ac2e45944cd9274212ee4dcd06da201, open:reflex___state____state__udemy_clone___reviews___state____reviews_state.reply_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_2660e354ac8174e7043615417a5da573_8473207d.displayName = "DialogRoot";
return Dialogroot_dialog__root_2660e354ac8174e7043615417a5da573_8473207d;
})();

export const Bare_comp_3d79f8c7bd4f56de1ab81544f0235a08_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_3d79f8c7bd4f56de1ab81544f0235a08_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.report_error_rx_state_
    )
});
Bare_comp_3d79f8c7bd4f56de1ab81544f0235a08_8473207d.displayName = "Bare";
return Bare_comp_3d79f8c7bd4f56de1ab81544f0235a08_8473207d;
})();

export const Cond_comp_85ba173dd6552084950a5f8d808eb02d_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_85ba173dd6552084950a5f8d808eb02d_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____reviews_state.report_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_85ba173dd6552084950a5f8d808eb02d_8473207d.displayName = "Cond";
return Cond_comp_85ba173dd6552084950a5f8d808eb02d_8473207d;
})();

export const Form_root_81ef1a84329cbb9e6f65582f6cf2a2af_8473207d = /*#__PURE__*/ (() => {
const Form_root_81ef1a84329cbb9e6f65582f6cf2a2af_8473207d = memo(({children, ...rest}) => {
    
    const handleSubmit_a61d93f6741a81000b272dde6c5f8d34 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["report_reason"] : getRefValue(refs["ref_report_reason"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.submit_report", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_a61d93f6741a81000b272dde6c5f8d34 }))},children)
    )
});
Form_root_81ef1a84329cbb9e6f65582f6cf2a2af_8473207d.displayName = "Form";
return Form_root_81ef1a84329cbb9e6f65582f6cf2a2af_8473207d;
})();

export const Dialogroot_dialog__root_e1b396df39b02e94020124be7bfaf05a_8473207d = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_e1b396df39b02e94020124be7bfaf05a_8473207d = memo(({children, ...rest}) => {
    const on_open_change_808106fa2a8fd86b6787e9b7594bdd9f = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.set_report_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_808106fa2a8fd86b6787e9b7594bdd9f, open:reflex___state____state__udemy_clone___reviews___state____reviews_state.report_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_e1b396df39b02e94020124be7bfaf05a_8473207d.displayName = "DialogRoot";
return Dialogroot_dialog__root_e1b396df39b02e94020124be7bfaf05a_8473207d;
})();

export const Cond_comp_118e31f550cbd30f105758527df64548_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_118e31f550cbd30f105758527df64548_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.unavailable_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_118e31f550cbd30f105758527df64548_8473207d.displayName = "Cond";
return Cond_comp_118e31f550cbd30f105758527df64548_8473207d;
})();

export const Cond_comp_e937414042841158946dc4a78af28075_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_e937414042841158946dc4a78af28075_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e937414042841158946dc4a78af28075_8473207d.displayName = "Cond";
return Cond_comp_e937414042841158946dc4a78af28075_8473207d;
})();

export const Box_box_b4fc256d6370adb2c33712adcbee861b_8473207d = /*#__PURE__*/ (() => {
const Box_box_b4fc256d6370adb2c33712adcbee861b_8473207d = memo(({children, ...rest}) => {
    const ref_course_reviews = useRef(null); refs["ref_course_reviews"] = ref_course_reviews;

                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.load_course_reviews", ({ ["course_id"] : reflex___state____state__udemy_clone___reviews___state____course_reviews_page_state.course_id_rx_state_ }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___reviews___state____course_reviews_page_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____course_reviews_page_state")
    return(
        jsx(RadixThemesBox,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%", ["as"] : "section" }), id:"course-reviews", key:(JSON.stringify(reflex___state____state__udemy_clone___reviews___state____course_reviews_page_state.course_id_rx_state_)), ref:ref_course_reviews }))},children)
    )
});
Box_box_b4fc256d6370adb2c33712adcbee861b_8473207d.displayName = "Box";
return Box_box_b4fc256d6370adb2c33712adcbee861b_8473207d;
})();

export const Cond_comp_463d45ab3d70d90fcb2327a9490b5060_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_463d45ab3d70d90fcb2327a9490b5060_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____course_reviews_page_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____course_reviews_page_state")
    return(
        ((reflex___state____state__udemy_clone___reviews___state____course_reviews_page_state.course_id_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_463d45ab3d70d90fcb2327a9490b5060_8473207d.displayName = "Cond";
return Cond_comp_463d45ab3d70d90fcb2327a9490b5060_8473207d;
})();

export const Cond_comp_8cf3231717f78d6152113a3c9a77759b_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_8cf3231717f78d6152113a3c9a77759b_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____course_reviews_page_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____course_reviews_page_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____course_reviews_page_state.found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8cf3231717f78d6152113a3c9a77759b_8473207d.displayName = "Cond";
return Cond_comp_8cf3231717f78d6152113a3c9a77759b_8473207d;
})();

export const Segmentedcontrolroot_segmentedcontrol__root_b53a9314b474ddd44aee8a22886f6c34_8473207d = /*#__PURE__*/ (() => {
const Segmentedcontrolroot_segmentedcontrol__root_b53a9314b474ddd44aee8a22886f6c34_8473207d = memo(({children, ...rest}) => {
    const ref_moderation_status = useRef(null); refs["ref_moderation_status"] = ref_moderation_status;
const on_change_4ce357f0e7100d939d35d3d5944eee26 = useCallback(((_value) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state.show", ({ ["status"] : _value }), ({  })))], [_value], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____admin_reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state")
    return(
        jsx(RadixThemesSegmentedControl.Root,{...mergeSlotProps(rest, ({ css:({ ["& .rt-SegmentedControlIndicator"] : ({ ["width"] : "calc(100% / var(--rx-sc-count))", ["transform"] : "translateX(calc(var(--rx-sc-idx) * 100%))" }), ["--rx-sc-count"] : ["reported", "hidden"].length, ["--rx-sc-idx"] : (["reported", "hidden"].indexOf(reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.status_rx_state_)) }), id:"moderation-status", onValueChange:on_change_4ce357f0e7100d939d35d3d5944eee26, ref:ref_moderation_status, value:reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.status_rx_state_ }))},children)
    )
});
Segmentedcontrolroot_segmentedcontrol__root_b53a9314b474ddd44aee8a22886f6c34_8473207d.displayName = "SegmentedControlRoot";
return Segmentedcontrolroot_segmentedcontrol__root_b53a9314b474ddd44aee8a22886f6c34_8473207d;
})();

export const Bare_comp_d995ce3afff0d09f0aeb431e14ff2a06_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_d995ce3afff0d09f0aeb431e14ff2a06_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____admin_reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.notice_rx_state_
    )
});
Bare_comp_d995ce3afff0d09f0aeb431e14ff2a06_8473207d.displayName = "Bare";
return Bare_comp_d995ce3afff0d09f0aeb431e14ff2a06_8473207d;
})();

export const Cond_comp_2bfab0317b1a4525f3463b761a97686f_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_2bfab0317b1a4525f3463b761a97686f_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____admin_reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2bfab0317b1a4525f3463b761a97686f_8473207d.displayName = "Cond";
return Cond_comp_2bfab0317b1a4525f3463b761a97686f_8473207d;
})();

export const Bare_comp_938e2e4cc2bf7218a3c8d67a239bf53a_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_938e2e4cc2bf7218a3c8d67a239bf53a_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____admin_reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.error_rx_state_
    )
});
Bare_comp_938e2e4cc2bf7218a3c8d67a239bf53a_8473207d.displayName = "Bare";
return Bare_comp_938e2e4cc2bf7218a3c8d67a239bf53a_8473207d;
})();

export const Cond_comp_5a0fffb484868448f5023439ddb0f802_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_5a0fffb484868448f5023439ddb0f802_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____admin_reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5a0fffb484868448f5023439ddb0f802_8473207d.displayName = "Cond";
return Cond_comp_5a0fffb484868448f5023439ddb0f802_8473207d;
})();

export const Foreach_comp_47a8a73ea21bfef2efc4855a5d96ab12_8473207d = /*#__PURE__*/ (() => {
const Foreach_comp_47a8a73ea21bfef2efc4855a5d96ab12_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____admin_reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state")
const ref_moderation_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_ = useRef(null); refs["ref_moderation_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_"] = ref_moderation_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_;
const ref_restore_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_ = useRef(null); refs["ref_restore_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_"] = ref_restore_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_;
const ref_hide_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_ = useRef(null); refs["ref_hide_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_"] = ref_hide_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_;
const ref_dismiss_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_ = useRef(null); refs["ref_dismiss_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_"] = ref_dismiss_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_;
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.items_rx_state_ ?? [],((row_rx_state_,index_e80871e85a8421c4ca319b45ec015921)=>(jsx(RadixThemesBox,{className:"moderation-item",css:({ ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px", ["background"] : "var(--color-panel-solid)", ["boxShadow"] : "0 1px 2px rgba(0,0,0,0.04)", ["padding"] : "1rem", ["width"] : "100%" }),id:("moderation-"+row_rx_state_?.["review_id"]),key:index_e80871e85a8421c4ca319b45ec015921,ref:ref_moderation_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"2",weight:"bold"},jsx(ReactRouterLink,{to:row_rx_state_?.["course_href"]},row_rx_state_?.["course_title"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},((reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.status_rx_state_?.valueOf?.() === "hidden"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"orange"},"Hidden"))):(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red"},row_rx_state_?.["report_label"])))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["marginTop"] : "0.4rem" }),direction:"row",gap:"2"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},row_rx_state_?.["author"]),jsx(RadixThemesBox,{"aria-hidden":"true",css:({ ["position"] : "relative", ["display"] : "inline-block", ["fontSize"] : "13px", ["lineHeight"] : "1", ["letterSpacing"] : "1px" })},jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--gray-a6)" })},"\u2605\u2605\u2605\u2605\u2605"),jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : row_rx_state_?.["stars"], ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" })},"\u2605\u2605\u2605\u2605\u2605")),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},row_rx_state_?.["date"])),jsx(RadixThemesText,{as:"p",css:({ ["overflowWrap"] : "anywhere", ["whiteSpace"] : "pre-wrap", ["marginTop"] : "0.5rem" }),size:"2"},row_rx_state_?.["comment"]),jsx(Fragment,{},((reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.status_rx_state_?.valueOf?.() === "hidden"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"2"},"Reason shown to the author: ",jsx(RadixThemesStrong,{},row_rx_state_?.["hidden_reason"])))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["marginTop"] : "0.5rem", ["padding"] : "0.5rem 0.75rem", ["background"] : "var(--red-a2)", ["borderRadius"] : "6px", ["width"] : "100%" }),direction:"column",gap:"1"},Array.prototype.map.call(row_rx_state_?.["reports"] ?? [],((line_rx_state_,index_c25cb9fedab8bc3683d1f3268048e332)=>(jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),key:index_c25cb9fedab8bc3683d1f3268048e332,size:"1"},line_rx_state_))))))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%", ["marginTop"] : "0.75rem" }),direction:"row",justify:"end",gap:"3"},jsx(Fragment,{},((reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.status_rx_state_?.valueOf?.() === "hidden"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesButton,{id:("restore-"+row_rx_state_?.["review_id"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state.restore", ({ ["review_id"] : row_rx_state_?.["review_id"] }), ({  })))], [_e], ({  })))),ref:ref_restore_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_,size:"1",variant:"soft"},jsx(LucideEye,{size:14},),"Restore"))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesButton,{color:"red",id:("hide-"+row_rx_state_?.["review_id"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state.open_hide", ({ ["review_id"] : row_rx_state_?.["review_id"] }), ({  })))], [_e], ({  })))),ref:ref_hide_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_,size:"1"},jsx(LucideEyeOff,{size:14},),"Hide"),jsx(RadixThemesButton,{id:("dismiss-"+row_rx_state_?.["review_id"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state.restore", ({ ["review_id"] : row_rx_state_?.["review_id"] }), ({  })))], [_e], ({  })))),ref:ref_dismiss_reflex_Var_6943268998083813110_reflex_Var_row_rx_state__review_id_,size:"1",variant:"soft"},jsx(LucideCheck,{size:14},),"Keep (dismiss reports)")))))))))))
    )
});
Foreach_comp_47a8a73ea21bfef2efc4855a5d96ab12_8473207d.displayName = "Foreach";
return Foreach_comp_47a8a73ea21bfef2efc4855a5d96ab12_8473207d;
})();

export const Bare_comp_f54208fba3a88341b39f4591f4d00872_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_f54208fba3a88341b39f4591f4d00872_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____admin_reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state")
    return(
        ((reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.status_rx_state_?.valueOf?.() === "hidden"?.valueOf?.()) ? "No hidden reviews." : "Nothing to moderate: no open reports.")
    )
});
Bare_comp_f54208fba3a88341b39f4591f4d00872_8473207d.displayName = "Bare";
return Bare_comp_f54208fba3a88341b39f4591f4d00872_8473207d;
})();

export const Cond_comp_54ddbf4d6787c81a9758b9a447f56730_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_54ddbf4d6787c81a9758b9a447f56730_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____admin_reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state")
    return(
        ((reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.items_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_54ddbf4d6787c81a9758b9a447f56730_8473207d.displayName = "Cond";
return Cond_comp_54ddbf4d6787c81a9758b9a447f56730_8473207d;
})();

export const Bare_comp_bdd3f35aa00ade4b140667faf8d72767_8473207d = /*#__PURE__*/ (() => {
const Bare_comp_bdd3f35aa00ade4b140667faf8d72767_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____admin_reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.hide_error_rx_state_
    )
});
Bare_comp_bdd3f35aa00ade4b140667faf8d72767_8473207d.displayName = "Bare";
return Bare_comp_bdd3f35aa00ade4b140667faf8d72767_8473207d;
})();

export const Cond_comp_0038dfc9624c6503054df774bf34382a_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_0038dfc9624c6503054df774bf34382a_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____admin_reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.hide_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0038dfc9624c6503054df774bf34382a_8473207d.displayName = "Cond";
return Cond_comp_0038dfc9624c6503054df774bf34382a_8473207d;
})();

export const Form_root_6a0c4b0066c28f812675fcbdf2671656_8473207d = /*#__PURE__*/ (() => {
const Form_root_6a0c4b0066c28f812675fcbdf2671656_8473207d = memo(({children, ...rest}) => {
    
    const handleSubmit_5e0031e37dfd084a2be58ec5ad79728a = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["hide_reason"] : getRefValue(refs["ref_hide_reason"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state.submit_hide", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_5e0031e37dfd084a2be58ec5ad79728a }))},children)
    )
});
Form_root_6a0c4b0066c28f812675fcbdf2671656_8473207d.displayName = "Form";
return Form_root_6a0c4b0066c28f812675fcbdf2671656_8473207d;
})();

export const Dialogroot_dialog__root_636f5cbce7ffe86d402f01aad0505f98_8473207d = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_636f5cbce7ffe86d402f01aad0505f98_8473207d = memo(({children, ...rest}) => {
    const on_open_change_f250de5c27ba999598c68cfbc5758f81 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state.set_hide_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____admin_reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____admin_reviews_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_f250de5c27ba999598c68cfbc5758f81, open:reflex___state____state__udemy_clone___reviews___state____admin_reviews_state.hide_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_636f5cbce7ffe86d402f01aad0505f98_8473207d.displayName = "DialogRoot";
return Dialogroot_dialog__root_636f5cbce7ffe86d402f01aad0505f98_8473207d;
})();

export const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_8473207d = /*#__PURE__*/ (() => {
const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_8473207d = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.forbidden_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_8473207d.displayName = "Cond";
return Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_8473207d;
})();
